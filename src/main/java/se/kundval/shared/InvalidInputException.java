package se.kundval.shared;

import java.util.Map;

/** Input that may not be stored: field → message key, shown next to each field. Nothing was stored. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInputException(Map<String, String> problems) {
        super("Invalid input: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
