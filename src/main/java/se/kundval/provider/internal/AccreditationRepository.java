package se.kundval.provider.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import se.kundval.provider.Accreditation;
import se.kundval.provider.Provider;
import se.kundval.register.ServiceType;

/** Persistence of {@link Accreditation}; used only by this feature's services. */
public interface AccreditationRepository extends JpaRepository<Accreditation, Long> {

    /**
     * The accreditation as committed now, locked until the transaction ends: of two decisions at
     * once the second waits and then sees the first's (instead of both writing dependent rows first
     * and deadlocking).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Accreditation a where a.id = :id")
    Optional<Accreditation> lockById(@Param("id") long id);

    Optional<Accreditation> findByProviderAndServiceType(Provider provider, ServiceType serviceType);

    java.util.List<Accreditation> findByProvider(Provider provider);
}
