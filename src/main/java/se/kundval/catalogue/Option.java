package se.kundval.catalogue;

/** A filter option: a code and its name in the visitor's language. */
public record Option(String code, String name) {
}
