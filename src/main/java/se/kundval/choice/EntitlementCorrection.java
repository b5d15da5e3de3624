package se.kundval.choice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the case officer corrects on an entitlement after the conversation (a wrong number of hours,
 * a deadline agreed with the person, wishes written down wrongly), and why. The reason is kept in the
 * entitlement's history; the service checks everything again.
 *
 * @param version the version the officer saw; a correction made on an older version is refused
 */
public record EntitlementCorrection(
        BigDecimal scope,
        LocalDate deadline,
        Set<String> wishedLanguages,
        Set<String> wishedSpecialisations,
        String wishText,
        String reason,
        Long version) {

    public EntitlementCorrection {
        wishedLanguages = wishedLanguages == null ? Set.of() : Set.copyOf(wishedLanguages);
        wishedSpecialisations = wishedSpecialisations == null ? Set.of() : Set.copyOf(wishedSpecialisations);
    }
}
