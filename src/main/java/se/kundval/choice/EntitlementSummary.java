package se.kundval.choice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.kundval.register.ScopeUnit;

/** One of the resident's entitlements as "Mina val" shows it, with the history of choices. */
public record EntitlementSummary(
        long id,
        String serviceTypeCode,
        String serviceTypeName,
        BigDecimal scope,
        ScopeUnit scopeUnit,
        LocalDate deadline,
        EntitlementStatus status,
        String currentProvider,
        List<ChoiceLine> history,
        String pendingReference) {

    /** One choice in the history, newest first. */
    public record ChoiceLine(
            String providerName,
            String reference,
            ChoiceStatus status,
            ChoiceMadeBy madeBy,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDate startDate) {}
}
