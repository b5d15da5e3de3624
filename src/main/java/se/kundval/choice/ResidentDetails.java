package se.kundval.choice;

/**
 * What the officer's form shows of a resident already known to the portal.
 *
 * @param version the details' version, handed back with the form so a concurrent change is noticed
 * @param entitlements what the person may already choose for or has chosen, newest first
 */
public record ResidentDetails(
        String firstName,
        String lastName,
        String areaCode,
        ContactPreference contactPreference,
        String email,
        String phone,
        long version,
        java.util.List<ExistingEntitlement> entitlements) {}
