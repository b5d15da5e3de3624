package se.kundval.identity;

/**
 * Published once per session, on the first request after someone logged in (either way), so
 * features can prepare what the user needs (e.g. the resident's own record on first login).
 */
public record SignedIn(KundvalUser user, String firstName, String lastName) {}
