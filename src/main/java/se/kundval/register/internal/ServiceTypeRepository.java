package se.kundval.register.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.register.ServiceType;

/** Persistence of {@link ServiceType}; used only by this feature's services. */
public interface ServiceTypeRepository extends JpaRepository<ServiceType, Long> {
    Optional<ServiceType> findByCode(String code);

    List<ServiceType> findAllByOrderBySortOrderAscCodeAsc();
}
