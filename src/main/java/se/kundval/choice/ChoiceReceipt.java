package se.kundval.choice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import se.kundval.register.ScopeUnit;

/** The receipt of a choice, as the resident sees it after confirming and later under Mina val. */
public record ChoiceReceipt(
        String reference,
        String providerName,
        String providerPhone,
        String serviceTypeName,
        BigDecimal scope,
        ScopeUnit scopeUnit,
        Instant madeAt,
        LocalDate validFrom,
        int firstContactWorkingDays,
        boolean change,
        ChoiceStatus status) {}
