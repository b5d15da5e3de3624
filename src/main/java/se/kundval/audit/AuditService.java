package se.kundval.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.identity.CurrentUser;
import se.kundval.identity.DemoAccounts;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Personnummer;
import se.kundval.identity.Role;
import se.kundval.shared.InvalidInputException;

/**
 * Reading the audit trail: a resident's own "Vem har tittat på mina uppgifter", and the
 * commissioning officers' log follow-up (logguppföljning), which is itself audited.
 */
@Service
@Transactional
public class AuditService {

    /** The most rows a search returns; narrow the search for more. */
    public static final int MAX_ROWS = 500;

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @PersistenceContext
    private EntityManager entityManager;

    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ObjectProvider<DemoAccounts> demoAccounts;

    AuditService(AuditTrail audit, CurrentUser currentUser, ObjectProvider<DemoAccounts> demoAccounts) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.demoAccounts = demoAccounts;
    }

    /** The events about the logged-in resident, newest first; without the staff member's name. */
    @RolesAllowed(Role.RESIDENT)
    @Transactional(readOnly = true)
    public List<AccessLogLine> myAccessLog() {
        Optional<Long> resident =
                currentUser.get().flatMap(KundvalUser::personnummer).flatMap(this::residentId);
        if (resident.isEmpty()) {
            return List.of();
        }
        List<AuditEvent> events = entityManager
                .createQuery("""
                select a from AuditEvent a where a.residentId = :resident order by a.occurredAt desc, a.id desc
                """, AuditEvent.class)
                .setParameter("resident", resident.get())
                .setMaxResults(MAX_ROWS)
                .getResultList();
        return groupedByDay(events);
    }

    /**
     * A staff member who opens the same list ten times in a day is one line "10 times", not ten
     * identical lines that hide the one look-up that matters. Grouped by day (Swedish time), staff
     * member, role, action, reason and unit; the staff member's name is not shown to the resident.
     */
    static List<AccessLogLine> groupedByDay(List<AuditEvent> newestFirst) {
        record Key(LocalDate day, String actor, String role, String action, String reason, String unit) {}
        Map<Key, AccessLogLine> lines = new java.util.LinkedHashMap<>();
        for (AuditEvent a : newestFirst) {
            Key key = new Key(
                    a.getOccurredAt().atZone(SWEDEN).toLocalDate(),
                    a.getActor(),
                    a.getActorRole(),
                    a.getAction(),
                    a.getReason(),
                    a.getUnit());
            lines.merge(
                    key,
                    new AccessLogLine(
                            a.getOccurredAt(), null, a.getActorRole(), a.getAction(), a.getReason(), a.getUnit(), null),
                    (first, again) -> new AccessLogLine(
                            first.at(),
                            null,
                            first.actorRole(),
                            first.action(),
                            first.reason(),
                            first.unit(),
                            null,
                            first.times() + 1));
        }
        return List.copyOf(lines.values());
    }

    /**
     * Log follow-up: events by staff member, resident (exact personnummer), period and reason. The
     * search is written to the trail itself (without the personnummer).
     */
    @RolesAllowed(Role.HUVUDMAN)
    public List<AccessLogLine> search(String staff, String personnummer, LocalDate from, LocalDate to, String reason) {
        Long resident = null;
        if (personnummer != null && !personnummer.isBlank()) {
            if (!Personnummer.isValid(personnummer)) {
                throw new InvalidInputException(Map.of("personnummer", "audit.search.personnummer.invalid"));
            }
            resident = residentId(Personnummer.parse(personnummer)).orElse(-1L);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException(Map.of("period", "audit.search.period.invalid"));
        }
        StringBuilder jpql = new StringBuilder("select a from AuditEvent a where 1 = 1");
        if (staff != null && !staff.isBlank()) {
            jpql.append(" and a.actor = :staff");
        }
        if (resident != null) {
            jpql.append(" and a.residentId = :resident");
        }
        if (from != null) {
            jpql.append(" and a.occurredAt >= :from");
        }
        if (to != null) {
            jpql.append(" and a.occurredAt < :to");
        }
        if (reason != null && !reason.isBlank()) {
            jpql.append(" and a.reason = :reason");
        }
        jpql.append(" order by a.occurredAt desc, a.id desc");
        TypedQuery<AuditEvent> query = entityManager.createQuery(jpql.toString(), AuditEvent.class);
        if (staff != null && !staff.isBlank()) {
            query.setParameter("staff", staff.strip());
        }
        if (resident != null) {
            query.setParameter("resident", resident);
        }
        if (from != null) {
            query.setParameter("from", from.atStartOfDay(SWEDEN).toInstant());
        }
        if (to != null) {
            query.setParameter("to", to.plusDays(1).atStartOfDay(SWEDEN).toInstant());
        }
        if (reason != null && !reason.isBlank()) {
            query.setParameter("reason", reason.strip());
        }
        List<AuditEvent> events = query.setMaxResults(MAX_ROWS).getResultList();
        // The reviewer reads people, not ids: the staff member by name where the portal knows it
        // (the demo accounts; otherwise the user name), the resident by masked personnummer and name.
        Map<String, String> staffNames = staffNames();
        Map<Long, String[]> residents = residents(events.stream()
                .map(AuditEvent::getResidentId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        List<AccessLogLine> found = events.stream()
                .map(a -> {
                    String[] person = a.getResidentId() == null ? null : residents.get(a.getResidentId());
                    return new AccessLogLine(
                            a.getOccurredAt(),
                            a.getActor(),
                            a.getActorRole(),
                            a.getAction(),
                            a.getReason(),
                            a.getUnit(),
                            a.getResidentId(),
                            1,
                            staffNames.getOrDefault(a.getActor(), a.getActor()),
                            person == null ? null : person[0],
                            person == null ? null : person[1]);
                })
                .toList();
        String officer = currentUser.get().map(KundvalUser::username).orElseThrow();
        audit.record(
                officer,
                Role.HUVUDMAN,
                resident != null && resident > 0 ? resident : null,
                "AUDIT_SEARCH",
                "staff=" + (staff == null ? "" : staff.strip()) + "; from=" + from + "; to=" + to + "; reason="
                        + (reason == null ? "" : reason.strip()) + "; rows=" + found.size());
        return found;
    }

    private Map<String, String> staffNames() {
        DemoAccounts accounts = demoAccounts.getIfAvailable();
        if (accounts == null) {
            return Map.of();
        }
        return accounts.listings().stream()
                .collect(java.util.stream.Collectors.toMap(
                        DemoAccounts.Listing::username, DemoAccounts.Listing::displayName, (a, b) -> a));
    }

    /** Resident id → {masked personnummer, name}. */
    private Map<Long, String[]> residents(java.util.Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String[]> found = new java.util.HashMap<>();
        entityManager
                .createQuery(
                        "select r.id, r.personnummer, r.firstName, r.lastName from Resident r where r.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> found.put((Long) r[0], new String[] {
                    Personnummer.parse((String) r[1]).masked(), r[2] + " " + r[3]
                }));
        return found;
    }

    private Optional<Long> residentId(Personnummer personnummer) {
        return entityManager
                .createQuery("select r.id from Resident r where r.personnummer = :p", Long.class)
                .setParameter("p", personnummer.digits())
                .getResultStream()
                .findFirst();
    }
}
