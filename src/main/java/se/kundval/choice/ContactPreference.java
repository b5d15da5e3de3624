package se.kundval.choice;

/** How the resident wants to be contacted. */
public enum ContactPreference {
    EMAIL,
    PHONE,
    LETTER
}
