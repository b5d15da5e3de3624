package se.kundval.register.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.register.Area;

/** Persistence of {@link Area}; used only by this feature's services. */
public interface AreaRepository extends JpaRepository<Area, Long> {
    Optional<Area> findByCode(String code);
}
