package se.kundval.choice.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import se.kundval.catalogue.Offering;
import se.kundval.choice.Choice;
import se.kundval.choice.ChoiceEntitlement;
import se.kundval.choice.ChoiceMadeBy;
import se.kundval.choice.ChoiceStatus;

/** Persistence of {@link Choice}; used only by this feature's services. */
public interface ChoiceRepository extends JpaRepository<Choice, Long> {

    /**
     * Places the offering's choices hold now (in effect, or a change waiting for its day). The
     * statuses are literals rather than a list parameter so that Hibernate can cache the query's
     * SQL translation: this runs twice in every confirmation.
     */
    @Query("""
            select count(c) from Choice c where c.offering = :offering
            and c.status in (se.kundval.choice.ChoiceStatus.ACTIVE, se.kundval.choice.ChoiceStatus.PENDING)
            """)
    long countHoldingAPlace(Offering offering);

    List<Choice> findByEntitlementOrderByMadeAtDesc(ChoiceEntitlement entitlement);

    long countByOfferingAndMadeBy(Offering offering, ChoiceMadeBy madeBy);

    Optional<Choice> findByReference(String reference);

    /**
     * The choice as committed now, locked until the transaction ends: of two acknowledgements at
     * once the second waits and then sees the first's change (instead of both writing dependent
     * rows first and deadlocking).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Choice c where c.reference = :reference")
    Optional<Choice> lockByReference(@Param("reference") String reference);

    /** Places taken per offering code, for the offerings asked about. */
    @Query("""
            select c.offering.code, count(c) from Choice c
            where c.offering.code in :codes and c.status in :statuses group by c.offering.code
            """)
    List<Object[]> countPlaces(Collection<String> codes, Collection<ChoiceStatus> statuses);

    /** Choices that hold a place with any offering under the accreditation. */
    @Query("""
            select c from Choice c join fetch c.entitlement e join fetch e.resident join fetch e.serviceType
            where c.offering.accreditation.id = :accreditationId and c.status in :statuses
            order by c.id
            """)
    List<Choice> findHoldingUnderAccreditation(long accreditationId, Collection<ChoiceStatus> statuses);

    /** Changes of provider whose day has come. */
    @Query("select c from Choice c where c.status = se.kundval.choice.ChoiceStatus.PENDING and c.validFrom <= :today")
    List<Choice> findDueToStart(LocalDate today);

    /** Choices replaced by a change whose last day has passed. */
    @Query("select c from Choice c where c.status = se.kundval.choice.ChoiceStatus.ACTIVE and c.validTo < :today")
    List<Choice> findDueToEnd(LocalDate today);

    /** The choices in effect for several entitlements, with their providers, in one query. */
    @Query("""
            select c from Choice c join fetch c.offering o join fetch o.provider
            where c.entitlement.id in :entitlementIds and c.status = se.kundval.choice.ChoiceStatus.ACTIVE
            """)
    List<Choice> findActiveForEntitlements(Collection<Long> entitlementIds);

    /** The choices made for a provider's offerings, with what the provider's list shows. */
    @Query("""
            select c from Choice c join fetch c.entitlement e join fetch e.resident join fetch e.serviceType
            join fetch c.offering o join fetch o.provider p
            where p.orgnr = :orgnr and c.status in (se.kundval.choice.ChoiceStatus.ACTIVE,
                se.kundval.choice.ChoiceStatus.PENDING, se.kundval.choice.ChoiceStatus.ENDED)
            order by c.madeAt desc
            """)
    List<Choice> findForProvider(String orgnr);

    @Query("""
            select count(c) from Choice c where c.offering.provider.orgnr = :orgnr and c.acknowledgedAt is null
            and c.status in (se.kundval.choice.ChoiceStatus.ACTIVE, se.kundval.choice.ChoiceStatus.PENDING)
            """)
    long countWaitingForProvider(String orgnr);
}
