package se.kundval.choice;

import java.time.LocalDate;

/** One row of the case officer's list of entitlements. No personnummer: the name is enough here. */
public record OfficerEntitlementRow(
        long id,
        String residentName,
        String serviceTypeName,
        EntitlementStatus status,
        LocalDate deadline,
        long daysLeft,
        String currentProvider) {}
