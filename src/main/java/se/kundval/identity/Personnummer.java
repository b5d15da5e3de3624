package se.kundval.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personnummer (or samordningsnummer, where 60 is added to the day). Accepted forms:
 * YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN, YYMMDD+NNNN (100 years or older) and YYMMDDNNNN.
 * Stored as twelve digits. {@link #toString()} masks the number so that it cannot leak into a
 * log line or message by accident; use {@link #formatted()} where the full number is needed.
 */
public final class Personnummer {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})?(\\d{6})([-+]?)(\\d{4})");

    /** Why a text is not a personnummer; used to pick the user's message. */
    public enum Problem {
        FORMAT,
        DATE,
        CHECK_DIGIT
    }

    private final String digits;

    private Personnummer(String twelveDigits) {
        this.digits = twelveDigits;
    }

    /** Parses with today's date to decide the century of the short forms. */
    public static Personnummer parse(String text) {
        return parse(text, LocalDate.now());
    }

    public static Personnummer parse(String text, LocalDate today) {
        String trimmed = text == null ? "" : text.strip().replace(" ", "");
        Matcher m = FORMAT.matcher(trimmed);
        if (!m.matches()) {
            throw new InvalidPersonnummerException(Problem.FORMAT);
        }
        String century = m.group(1);
        String yymmdd = m.group(2);
        String separator = m.group(3);
        String last4 = m.group(4);
        if (century != null && "+".equals(separator)) {
            throw new InvalidPersonnummerException(Problem.FORMAT);
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int year;
        if (century != null) {
            year = Integer.parseInt(century) * 100 + yy;
        } else {
            int current = today.getYear();
            year = current - Math.floorMod(current - yy, 100);
            if ("+".equals(separator)) {
                year -= 100;
            }
        }
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (day > 60) {
            day -= 60; // samordningsnummer
        }
        try {
            LocalDate birth = LocalDate.of(year, month, day);
            if (birth.isAfter(today) || year < 1800) {
                throw new InvalidPersonnummerException(Problem.DATE);
            }
        } catch (DateTimeException e) {
            throw new InvalidPersonnummerException(Problem.DATE);
        }
        if (!Luhn.isValid(yymmdd + last4)) {
            throw new InvalidPersonnummerException(Problem.CHECK_DIGIT);
        }
        return new Personnummer(String.format("%04d", year) + yymmdd.substring(2) + last4);
    }

    public static Optional<Problem> problemWith(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (InvalidPersonnummerException e) {
            return Optional.of(e.problem());
        }
    }

    public static boolean isValid(String text) {
        return problemWith(text).isEmpty();
    }

    /** Twelve digits, as stored. */
    public String digits() {
        return digits;
    }

    /** YYYYMMDD-NNNN. */
    public String formatted() {
        return digits.substring(0, 8) + "-" + digits.substring(8);
    }

    /** YYYYMMDD-****: enough to confirm identity at a desk without showing the whole number. */
    public String masked() {
        return digits.substring(0, 8) + "-****";
    }

    public boolean isSamordningsnummer() {
        return Integer.parseInt(digits.substring(6, 8)) > 60;
    }

    public LocalDate birthDate() {
        int day = Integer.parseInt(digits.substring(6, 8));
        return LocalDate.of(
                Integer.parseInt(digits.substring(0, 4)),
                Integer.parseInt(digits.substring(4, 6)),
                day > 60 ? day - 60 : day);
    }

    public int ageOn(LocalDate date) {
        return Period.between(birthDate(), date).getYears();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Personnummer other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    /** Masked on purpose: personnummer never go into logs or exception messages. */
    @Override
    public String toString() {
        return "Personnummer[" + masked() + "]";
    }

    /** Thrown for text that is not a valid personnummer. The message never holds the input. */
    public static final class InvalidPersonnummerException extends IllegalArgumentException {
        private final Problem problem;

        InvalidPersonnummerException(Problem problem) {
            super("Invalid personnummer: " + problem);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
