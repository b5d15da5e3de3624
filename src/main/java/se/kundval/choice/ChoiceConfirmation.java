package se.kundval.choice;

import java.math.BigDecimal;
import java.time.LocalDate;

import se.kundval.register.ScopeUnit;

/**
 * What the confirmation page shows before the resident confirms a choice: the provider, the
 * scope, what happens next, how to change later and the default provider that applies otherwise.
 *
 * @param currentProvider the provider the resident has now (a change), or null (a first choice)
 * @param notChoosable    why this offering cannot be chosen, or null if it can
 */
public record ChoiceConfirmation(
        long entitlementId,
        String offeringCode,
        String providerName,
        String serviceTypeCode,
        String serviceTypeName,
        BigDecimal scope,
        ScopeUnit scopeUnit,
        int firstContactWorkingDays,
        int noticePeriodDays,
        String currentProvider,
        LocalDate validFrom,
        LocalDate deadline,
        String defaultRuleExplanation,
        ChoiceRefusedException.Reason notChoosable) {}
