package se.kundval.assist;

import java.util.List;

import se.kundval.choice.EntitlementSummary;

/**
 * A visitor at a service point after a look-up with a reason. Discreet by default: the view shows
 * {@link #initials()} and {@link #maskedPersonnummer()}; the full name only when staff ask for it.
 */
public record Visitor(
        long residentId,
        String initials,
        String fullName,
        String maskedPersonnummer,
        List<EntitlementSummary> entitlements) {}
