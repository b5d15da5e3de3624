package se.kundval.choice;

/** Where a choice entitlement stands. */
public enum EntitlementStatus {
    /** The resident may choose and has not yet. */
    WAITING_FOR_CHOICE,
    /** The resident (or someone on their behalf) chose a provider. */
    CHOSEN,
    /** No choice by the deadline: the ickevalsalternativ was applied. */
    DEFAULT_APPLIED,
    /** The entitlement no longer applies. */
    ENDED
}
