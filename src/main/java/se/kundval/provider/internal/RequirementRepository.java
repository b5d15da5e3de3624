package se.kundval.provider.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.provider.Requirement;
import se.kundval.register.ServiceType;

/** Persistence of {@link Requirement}; used only by this feature's services. */
public interface RequirementRepository extends JpaRepository<Requirement, Long> {
    Optional<Requirement> findByServiceTypeAndCode(ServiceType serviceType, String code);

    List<Requirement> findByServiceTypeOrderBySortOrder(ServiceType serviceType);
}
