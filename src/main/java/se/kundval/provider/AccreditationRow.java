package se.kundval.provider;

import java.time.LocalDate;

/** One accreditation on the oversight page. */
public record AccreditationRow(
        long id,
        String providerName,
        String orgnr,
        String serviceTypeName,
        AccreditationStatus status,
        LocalDate validFrom,
        String reason) {}
