package se.kundval.provider;

/** The life of an accreditation (auktorisation) for one service type. */
public enum AccreditationStatus {
    APPLIED,
    APPROVED,
    REJECTED,
    SUSPENDED,
    REVOKED;

    /** Only approved providers appear in the catalogue and can be chosen. */
    public boolean isListable() {
        return this == APPROVED;
    }
}
