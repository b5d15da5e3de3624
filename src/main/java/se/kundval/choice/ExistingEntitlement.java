package se.kundval.choice;

import java.math.BigDecimal;
import java.time.LocalDate;

import se.kundval.register.ScopeUnit;

/**
 * An entitlement the person already has, shown to the officer on look-up so a conversation does not
 * register the same help twice without the officer seeing it.
 */
public record ExistingEntitlement(
        long id,
        String serviceTypeName,
        BigDecimal scope,
        ScopeUnit scopeUnit,
        EntitlementStatus status,
        LocalDate deadline,
        String currentProvider) {}
