package se.kundval.register.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.register.ServicePoint;

/** Persistence of {@link ServicePoint}; used only by this feature's services. */
public interface ServicePointRepository extends JpaRepository<ServicePoint, Long> {
    Optional<ServicePoint> findByCode(String code);
}
