package se.kundval.catalogue;

import java.time.Instant;

/** A report from the public of an error in a listing. */
public record ErrorReportLine(
        long id,
        String offeringCode,
        String offeringName,
        String message,
        String contact,
        Instant createdAt,
        boolean handled) {}
