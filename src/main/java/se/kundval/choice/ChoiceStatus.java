package se.kundval.choice;

/** The state of one choice of provider. */
public enum ChoiceStatus {
    /** Chosen, takes effect on its valid-from date (a change of provider waits for the notice period). */
    PENDING,
    /** In effect. */
    ACTIVE,
    /** Replaced by a later choice or ended; kept in the history. */
    ENDED,
    /** Withdrawn by the resident before it took effect. */
    WITHDRAWN,
    /** The provider was suspended or revoked; the resident must choose again. */
    PROVIDER_REMOVED
}
