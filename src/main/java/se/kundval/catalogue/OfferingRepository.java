package se.kundval.catalogue;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of {@link Offering}; used only by this feature's services. */
public interface OfferingRepository extends JpaRepository<Offering, Long> {
    Optional<Offering> findByCode(String code);

    java.util.List<Offering> findByServiceType(ServiceType serviceType);

    /** Locks the offering's row until the transaction ends: used to take places one at a time. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select o from Offering o where o.code = :code")
    Optional<Offering> findByCodeForUpdate(String code);
}
