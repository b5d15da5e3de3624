package se.kundval.provider.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.provider.Accreditation;
import se.kundval.provider.Provider;
import se.kundval.register.ServiceType;

/** Persistence of {@link Accreditation}; used only by this feature's services. */
public interface AccreditationRepository extends JpaRepository<Accreditation, Long> {
    Optional<Accreditation> findByProviderAndServiceType(Provider provider, ServiceType serviceType);

    java.util.List<Accreditation> findByProvider(Provider provider);
}
