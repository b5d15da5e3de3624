package se.kundval.shared;

/** A filter option: a code and its name in the visitor's language. */
public record Option(String code, String name) {}
