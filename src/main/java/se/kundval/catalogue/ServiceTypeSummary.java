package se.kundval.catalogue;

import se.kundval.register.Delivery;
import se.kundval.shared.LocalizedText;

/** A service type as the start page shows it, with its number of approved providers. */
public record ServiceTypeSummary(
        String code,
        LocalizedText name,
        LocalizedText description,
        Delivery delivery,
        long approvedProviders,
        LocalizedText defaultRuleExplanation) {}
