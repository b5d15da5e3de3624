package se.kundval.catalogue;

import java.time.LocalDate;

import se.kundval.provider.AccreditationStatus;

/** One of the provider's listings on the back-office dashboard. */
public record ListingLine(
        String code,
        String serviceTypeName,
        String unitName,
        AccreditationStatus status,
        LocalDate lastConfirmed,
        boolean stale,
        boolean takesNewCustomers) {}
