package se.kundval.identity;

import java.util.List;

/**
 * The portal's roles, as named in Keycloak and in the demo accounts. Spring authorities carry the
 * prefix ROLE_, so {@code @RolesAllowed(Role.RESIDENT)} checks ROLE_resident.
 */
public final class Role {

    /** Invånare / kund / brukare. */
    public static final String RESIDENT = "resident";
    /** Biståndshandläggare / socialsekreterare (case officer). */
    public static final String HANDLAGGARE = "handlaggare";
    /** Personal på servicepunkt. */
    public static final String SERVICEPUNKT = "servicepunkt";
    /** Utförare / anordnare (provider user). */
    public static final String PROVIDER = "provider";
    /** Huvudmannagruppen (commissioning officer). */
    public static final String HUVUDMAN = "huvudman";

    public static final List<String> ALL = List.of(RESIDENT, HANDLAGGARE, SERVICEPUNKT, PROVIDER, HUVUDMAN);

    /**
     * Given instead of a role whose account is not linked to what the role needs (a provider
     * account without a known organisation, a resident account without a personnummer). Such a
     * user reaches only the page that says so.
     */
    public static final String UNLINKED = "unlinked";

    private Role() {}
}
