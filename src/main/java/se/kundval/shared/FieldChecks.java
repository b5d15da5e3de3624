package se.kundval.shared;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The server-side checks every register and listing form shares: each adds a message key for
 * its field to the problems map, and {@link #failIf} turns the collected problems into one
 * {@link InvalidInputException}, so a form shows every problem at once.
 */
public final class FieldChecks {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

    private FieldChecks() {}

    public static void code(Map<String, String> problems, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            problems.put("code", "commission.admin.code.invalid");
        }
    }

    public static void text(Map<String, String> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.put(field, "commission.admin.required");
        } else if (value.strip().length() > max) {
            problems.put(field, "commission.admin.tooLong");
        }
    }

    public static void optional(Map<String, String> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.put(field, "commission.admin.tooLong");
        }
    }

    public static void range(Map<String, String> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.put(field, "commission.admin.range");
        }
    }

    public static void failIf(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * The record may be changed only in the version the person saw: {@code seen} null means they
     * saw no record (a new one), which an existing one contradicts as well.
     *
     * @throws ConcurrentEditException when someone else created or changed it since
     */
    public static void sameVersion(Long seen, long current) {
        if (seen == null || seen != current) {
            throw new ConcurrentEditException();
        }
    }

    public static InvalidInputException notFound() {
        return new InvalidInputException(Map.of("code", "commission.admin.notFound"));
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
