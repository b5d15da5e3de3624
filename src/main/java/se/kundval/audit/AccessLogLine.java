package se.kundval.audit;

import java.time.Instant;

/**
 * One audit event as the resident (their own) or a commissioning officer sees it. In the
 * resident's own log, repeated reads of the same kind by the same staff member on one day are one
 * line: {@code times} says how many, {@code at} is the latest. For the log reviewer the staff
 * member's name and the resident's masked personnummer and name are filled in (null otherwise).
 */
public record AccessLogLine(
        Instant at,
        String actor,
        String actorRole,
        String action,
        String reason,
        String unit,
        Long residentId,
        int times,
        String actorName,
        String residentMasked,
        String residentName) {

    /** A single event. */
    public AccessLogLine(
            Instant at, String actor, String actorRole, String action, String reason, String unit, Long residentId) {
        this(at, actor, actorRole, action, reason, unit, residentId, 1);
    }

    /** Events counted together, without names. */
    public AccessLogLine(
            Instant at,
            String actor,
            String actorRole,
            String action,
            String reason,
            String unit,
            Long residentId,
            int times) {
        this(at, actor, actorRole, action, reason, unit, residentId, times, null, null, null);
    }
}
