package se.kundval.provider;

/** The kind of organisation behind a provider; residents can filter on it. */
public enum ProviderType {
    /** The municipality's own production (egen regi). */
    MUNICIPAL,
    PRIVATE,
    COOPERATIVE,
    NON_PROFIT
}
