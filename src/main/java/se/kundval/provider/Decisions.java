package se.kundval.provider;

import java.util.Map;

import se.kundval.shared.InvalidInputException;

/** What every decision on an accreditation shares: a stated reason of bounded length. */
final class Decisions {

    static final int MAX_REASON = 2000;

    private Decisions() {}

    /** A date as the messages write it: "1 december 2026" (the messages are in Swedish). */
    static String inWords(java.time.LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.of("sv")));
    }

    /** The reason, stripped; refused when missing or too long. */
    static String reason(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(Map.of("reason", "commission.decision.reason.required"));
        }
        if (text.length() > MAX_REASON) {
            throw new InvalidInputException(Map.of("reason", "commission.decision.reason.tooLong"));
        }
        return text.strip();
    }
}
