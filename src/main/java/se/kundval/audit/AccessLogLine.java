package se.kundval.audit;

import java.time.Instant;

/**
 * One audit event as the resident (their own) or a commissioning officer sees it. In the
 * resident's own log, repeated reads of the same kind by the same staff member on one day are one
 * line: {@code times} says how many, {@code at} is the latest.
 */
public record AccessLogLine(
        Instant at,
        String actor,
        String actorRole,
        String action,
        String reason,
        String unit,
        Long residentId,
        int times) {

    /** A single event. */
    public AccessLogLine(
            Instant at, String actor, String actorRole, String action, String reason, String unit, Long residentId) {
        this(at, actor, actorRole, action, reason, unit, residentId, 1);
    }
}
