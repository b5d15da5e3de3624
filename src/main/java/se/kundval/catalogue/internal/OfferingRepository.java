package se.kundval.catalogue.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import se.kundval.catalogue.Offering;
import se.kundval.provider.AccreditationStatus;
import se.kundval.register.ServiceType;

/** Persistence of {@link Offering}; used by the catalogue's and the choice feature's services. */
public interface OfferingRepository extends JpaRepository<Offering, Long> {
    Optional<Offering> findByCode(String code);

    List<Offering> findByAccreditationId(long accreditationId);

    List<Offering> findByServiceType(ServiceType serviceType);

    /** The specialisations that some provider of the service types offers with an accreditation of this status. */
    @Query("""
            select distinct s.code from Offering o join o.specialisations s
            where o.serviceType.code in :serviceTypeCodes and o.accreditation.status = :status
            """)
    List<String> specialisationCodesOffered(Collection<String> serviceTypeCodes, AccreditationStatus status);

    /** The specialisations that some provider of the service types offers (an approved accreditation). */
    default List<String> specialisationCodesOffered(Collection<String> serviceTypeCodes) {
        return specialisationCodesOffered(serviceTypeCodes, AccreditationStatus.APPROVED);
    }

    /** A provider's offerings, by the provider's organisation number (as stored, with hyphen). */
    @Query(
            "select o from Offering o join fetch o.accreditation join fetch o.serviceType where o.provider.orgnr = :orgnr")
    List<Offering> findByProviderOrgnr(String orgnr);

    /** Several offerings with their areas and accreditation, in one query. */
    @Query("""
            select distinct o from Offering o left join fetch o.areas join fetch o.accreditation
            where o.code in :codes
            """)
    List<Offering> findByCodeIn(Collection<String> codes);

    /** An offering with everything the choosing rules and the receipt read, in one query. */
    @Query("""
            select o from Offering o join fetch o.accreditation join fetch o.provider join fetch o.serviceType
            left join fetch o.areas left join fetch o.texts where o.code = :code
            """)
    Optional<Offering> findForChoosing(String code);

    /**
     * Locks the offering's row until the transaction ends, so places are taken one at a time. Only
     * the row is locked (the entity is not re-read: a listing edit meanwhile must not fail a choice).
     */
    @Query(value = "select id from offering where id = :id for update", nativeQuery = true)
    Long lockForChoosing(long id);

    /** Each service type (a register row) with the number of distinct providers whose accreditation has the status. */
    @Query("""
            select st, (select count(distinct a.provider) from Accreditation a
                        where a.serviceType = st and a.status = :status)
            from ServiceType st order by st.sortOrder, st.code
            """)
    List<Object[]> serviceTypesWithProviderCount(AccreditationStatus status);

    /** Each service type with the number of distinct providers holding an approved accreditation. */
    default List<Object[]> serviceTypesWithApprovedProviderCount() {
        return serviceTypesWithProviderCount(AccreditationStatus.APPROVED);
    }
}
