package se.kundval.audit;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.audit.internal.AuditEventRepository;

/**
 * Writes the audit trail: every staff read or change of a resident's data. Called by the
 * features' services inside their own transaction, so the event is stored exactly when what it
 * records is (and not at all if that fails).
 */
@Component
public class AuditTrail {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param residentId the resident whose data was read or changed; null for a read of a list
     * @param action     what was done, e.g. READ_RESIDENT, REGISTER_CONVERSATION
     * @param detail     what else an auditor needs; never a personnummer
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String actorRole, Long residentId, String action, String detail) {
        events.save(new AuditEvent(clock.instant(), actor, actorRole, residentId, action, null, null, null, detail));
    }

    /** As above, for staff at a service point: with the reason they gave and where they are. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            String actor,
            String actorRole,
            Long residentId,
            String action,
            String reason,
            Long servicePointId,
            String unit,
            String detail) {
        events.save(new AuditEvent(
                clock.instant(), actor, actorRole, residentId, action, reason, servicePointId, unit, detail));
    }

    /** Whether this staff member looked this resident up (with a reason) since the given time. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lookedUpSince(String actor, long residentId, String action, java.time.Instant since) {
        return events.existsByActorAndResidentIdAndActionAndOccurredAtAfter(actor, residentId, action, since);
    }
}
