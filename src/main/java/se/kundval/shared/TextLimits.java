package se.kundval.shared;

import java.util.Map;

/**
 * Length checks for free text that every form's service shares, so nothing typed can reach a
 * column it does not fit (which would show the error page instead of a message at the field). Each
 * check adds a message key for its field to the problems map; {@link FieldChecks#failIf} turns them
 * into one {@link InvalidInputException}. The limits are the column sizes, stated next to each
 * entity; the views give their fields the same {@code maxLength}.
 */
public final class TextLimits {

    /** A short contact (e-mail or phone) left with an anonymous form: the column's size. */
    public static final int CONTACT = 200;

    /** The page an anonymous feedback is about: the column's size. */
    public static final int PAGE = 500;

    public static final String REQUIRED = "form.text.required";
    public static final String TOO_LONG = "form.text.tooLong";

    private TextLimits() {}

    /** A text that must be given and may be at most {@code max} characters (after trimming). */
    public static void required(Map<String, String> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.put(field, REQUIRED);
        } else {
            optional(problems, field, value, max);
        }
    }

    /** A text that may be left out and may be at most {@code max} characters (after trimming). */
    public static void optional(Map<String, String> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.put(field, TOO_LONG);
        }
    }
}
