package se.kundval.provider;

/** Where an accreditation application (ansökan om auktorisation) stands. */
public enum ApplicationStatus {
    /** Being written by the provider; saved, not sent. */
    DRAFT,
    /** Sent to the commissioning officers. */
    SUBMITTED,
    /** The officers asked for more; the provider answers and it is back with them. */
    COMPLETION_REQUESTED,
    /** Approved or rejected: see the accreditation. */
    DECIDED
}
