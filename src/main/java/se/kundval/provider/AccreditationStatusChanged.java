package se.kundval.provider;

/**
 * Published inside the transaction that changes an accreditation's status. The catalogue
 * re-indexes the offerings resting on it in the same transaction, so a suspended or revoked
 * provider leaves the results at once and an approved one returns.
 */
public record AccreditationStatusChanged(long accreditationId, AccreditationStatus status) {}
