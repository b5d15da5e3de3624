package se.kundval.commission;

import java.time.LocalDate;

import se.kundval.provider.AccreditationStatus;

/** One accreditation on the oversight page. */
public record AccreditationRow(long id, String providerName, String orgnr, String serviceTypeName,
        AccreditationStatus status, LocalDate validFrom, String reason) {
}
