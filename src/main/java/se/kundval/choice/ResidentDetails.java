package se.kundval.choice;

/**
 * What the officer's form shows of a resident already known to the portal.
 *
 * @param version the details' version, handed back with the form so a concurrent change is noticed
 */
public record ResidentDetails(
        String firstName,
        String lastName,
        String areaCode,
        ContactPreference contactPreference,
        String email,
        String phone,
        long version) {}
