package se.kundval.provider;

import java.time.LocalDate;

/**
 * One accreditation on the oversight page.
 *
 * @param version the version shown, handed back with a decision so it acts on what the officer saw
 */
public record AccreditationRow(
        long id,
        String providerName,
        String orgnr,
        String serviceTypeName,
        AccreditationStatus status,
        LocalDate validFrom,
        String reason,
        long version) {}
