package se.kundval.catalogue;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of {@link Area}; used only by this feature's services. */
public interface AreaRepository extends JpaRepository<Area, Long> {
    Optional<Area> findByCode(String code);
}
