package se.kundval.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Persistence of {@link Offering}; used by the catalogue's and the choice feature's services. */
public interface OfferingRepository extends JpaRepository<Offering, Long> {
    Optional<Offering> findByCode(String code);

    List<Offering> findByServiceType(ServiceType serviceType);

    /** A provider's offerings, by the provider's organisation number (as stored, with hyphen). */
    @Query("select o from Offering o join fetch o.accreditation join fetch o.serviceType where o.provider.orgnr = :orgnr")
    List<Offering> findByProviderOrgnr(String orgnr);

    /** Several offerings with their areas and accreditation, in one query. */
    @Query("""
            select distinct o from Offering o left join fetch o.areas join fetch o.accreditation
            where o.code in :codes
            """)
    List<Offering> findByCodeIn(Collection<String> codes);

    /** Locks the offering's row until the transaction ends: used to take places one at a time. */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Offering o where o.code = :code")
    Optional<Offering> findByCodeForUpdate(String code);
}
