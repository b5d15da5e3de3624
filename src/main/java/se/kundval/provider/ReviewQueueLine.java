package se.kundval.provider;

import java.time.Instant;

/** One submitted application in the commissioning officers' review queue. */
public record ReviewQueueLine(
        long applicationId,
        String providerName,
        String orgnr,
        String serviceTypeName,
        Instant submittedAt,
        long daysWaiting) {}
