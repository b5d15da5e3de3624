package se.kundval.register;

/** Ickevalsalternativ: who delivers when a resident makes no choice before the deadline. */
public enum DefaultProviderRule {
    /** The municipality's own production (egen regi) named on the service type. */
    MUNICIPAL_OWN_PRODUCTION,
    /** Rotation among the providers with capacity that serve the resident's area. */
    ROTATION,
    /** The provider with capacity nearest to the centre of the resident's area. */
    NEAREST
}
