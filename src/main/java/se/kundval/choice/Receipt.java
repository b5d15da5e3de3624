package se.kundval.choice;

import java.time.LocalDate;

/** What the resident gets when a choice is stored: the reference and when it takes effect. */
public record Receipt(
        String reference, String offeringCode, String providerName, LocalDate validFrom, boolean changeOfProvider) {}
