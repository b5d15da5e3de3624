package se.kundval.audit;

import java.time.Instant;

/** One audit event as the resident (their own) or a commissioning officer sees it. */
public record AccessLogLine(
        Instant at, String actor, String actorRole, String action, String reason, String unit, Long residentId) {}
