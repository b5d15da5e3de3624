package se.kundval.identity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish organisationsnummer: ten digits NNNNNN-NNNN with a Luhn check digit; for legal
 * entities the third digit is at least 2 (which keeps them apart from personal numbers).
 * Accepts the form with or without dash, and with the "16" prefix some registers use.
 */
public record Organisationsnummer(String digits) {

    private static final Pattern FORMAT = Pattern.compile("(16)?(\\d{6})-?(\\d{4})");

    /** Why a text is not an organisationsnummer; used to pick the user's message. */
    public enum Problem {
        FORMAT,
        NOT_LEGAL_ENTITY,
        CHECK_DIGIT
    }

    public Organisationsnummer {
        if (digits == null || !digits.matches("\\d{10}")) {
            throw new IllegalArgumentException("An organisationsnummer has ten digits");
        }
    }

    /** Parses and validates; throws {@link InvalidOrganisationsnummerException} naming the problem. */
    public static Organisationsnummer parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher m = FORMAT.matcher(trimmed);
        if (!m.matches()) {
            throw new InvalidOrganisationsnummerException(Problem.FORMAT);
        }
        String digits = m.group(2) + m.group(3);
        if (digits.charAt(2) < '2') {
            throw new InvalidOrganisationsnummerException(Problem.NOT_LEGAL_ENTITY);
        }
        if (!Luhn.isValid(digits)) {
            throw new InvalidOrganisationsnummerException(Problem.CHECK_DIGIT);
        }
        return new Organisationsnummer(digits);
    }

    public static Optional<Problem> problemWith(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (InvalidOrganisationsnummerException e) {
            return Optional.of(e.problem());
        }
    }

    public static boolean isValid(String text) {
        return problemWith(text).isEmpty();
    }

    /** NNNNNN-NNNN, the form stored and shown. */
    @Override
    public String toString() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    /** Thrown for text that is not a valid organisationsnummer. The message never holds the input. */
    public static final class InvalidOrganisationsnummerException extends IllegalArgumentException {
        private final Problem problem;

        InvalidOrganisationsnummerException(Problem problem) {
            super("Invalid organisationsnummer: " + problem);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
