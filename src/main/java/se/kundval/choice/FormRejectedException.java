package se.kundval.choice;

import java.util.Map;

/**
 * Input that may not be stored. Each entry names the field and the message key that tells the
 * user what to do; the view shows the message next to the field. Nothing was stored.
 */
public class FormRejectedException extends RuntimeException {

    private final Map<String, String> problems;

    public FormRejectedException(Map<String, String> problems) {
        super("Form rejected: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    /** Field name → message key. */
    public Map<String, String> problems() {
        return problems;
    }
}
