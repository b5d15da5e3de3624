package se.kundval.provider;

/**
 * Published (inside the changing transaction) when an accreditation is suspended or revoked, so
 * that the features that depend on it react in the same transaction: e.g. residents who chose
 * one of its offerings are told and may choose again.
 *
 * @param status the new status: suspended or revoked
 * @param actor  who decided it
 */
public record AccreditationWithdrawn(long accreditationId, AccreditationStatus status, String actor) {}
