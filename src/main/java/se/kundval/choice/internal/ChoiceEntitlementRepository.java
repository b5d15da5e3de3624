package se.kundval.choice.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.choice.ChoiceEntitlement;

/** Persistence of {@link ChoiceEntitlement}; used only by this feature's services. */
public interface ChoiceEntitlementRepository extends JpaRepository<ChoiceEntitlement, Long> {
    Optional<ChoiceEntitlement> findByImportKey(String importKey);

    /** An entitlement with its resident and service type, which every check of it reads. */
    @org.springframework.data.jpa.repository.Query("""
            select e from ChoiceEntitlement e join fetch e.resident join fetch e.serviceType where e.id = :id
            """)
    Optional<ChoiceEntitlement> findWithResident(long id);

    /**
     * Locks the entitlement's row until the transaction ends, so two confirmations for the same
     * entitlement (two tabs) are registered one after the other. Always taken before the
     * offering's lock, as the default-provider job does, so the two locks cannot deadlock.
     */
    @org.springframework.data.jpa.repository.Query(
            value = "select id from choice_entitlement where id = :id for update",
            nativeQuery = true)
    Long lockForChoosing(long id);

    /** A resident's entitlements, newest first (by the resident's 12-digit personnummer). */
    @org.springframework.data.jpa.repository.Query("""
            select e from ChoiceEntitlement e join fetch e.serviceType
            where e.resident.personnummer = :personnummer order by e.createdAt desc, e.id desc
            """)
    java.util.List<ChoiceEntitlement> findForResident(String personnummer);

    /** Ids of entitlements still waiting for a choice after their deadline. */
    @org.springframework.data.jpa.repository.Query("""
            select e.id from ChoiceEntitlement e
            where e.status = se.kundval.choice.EntitlementStatus.WAITING_FOR_CHOICE and e.deadline < :today
            order by e.deadline, e.id
            """)
    java.util.List<Long> findOverdueIds(java.time.LocalDate today);

    /** Locks the entitlement's row, so two nodes cannot apply the default provider twice. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select e from ChoiceEntitlement e where e.id = :id")
    Optional<ChoiceEntitlement> findByIdForUpdate(Long id);

    long countByConversationOfficer(String officer);

    /** The entitlements an officer registered: open ones first, soonest deadline first. */
    @org.springframework.data.jpa.repository.Query(
            value = """
            select e from ChoiceEntitlement e join fetch e.resident join fetch e.serviceType
            where e.conversation.officer = :officer
            order by case when e.status = se.kundval.choice.EntitlementStatus.ENDED then 1 else 0 end,
                     e.deadline, e.id desc
            """,
            countQuery = "select count(e) from ChoiceEntitlement e where e.conversation.officer = :officer")
    java.util.List<ChoiceEntitlement> findForOfficer(String officer, org.springframework.data.domain.Pageable page);
}
