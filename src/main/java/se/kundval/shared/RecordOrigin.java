package se.kundval.shared;

/**
 * Where a row came from. The start-up import of providers-data only updates {@link #IMPORT}
 * rows; once people change a row in the portal it becomes {@link #PORTAL} and the import leaves
 * it alone, so people's own work is never overwritten.
 */
public enum RecordOrigin {
    IMPORT,
    PORTAL
}
