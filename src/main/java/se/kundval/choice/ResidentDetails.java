package se.kundval.choice;

/** What the officer's form shows of a resident already known to the portal. */
public record ResidentDetails(
        String firstName,
        String lastName,
        String areaCode,
        ContactPreference contactPreference,
        String email,
        String phone) {}
