package se.kundval.catalogue;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of {@link ServicePoint}; used only by this feature's services. */
public interface ServicePointRepository extends JpaRepository<ServicePoint, Long> {
    Optional<ServicePoint> findByCode(String code);
}
