package se.kundval.identity;

import java.util.Optional;
import java.util.Set;

/**
 * The logged-in person as the rest of the portal sees them, whatever way they logged in (demo
 * account or Keycloak). Residents carry their personnummer, provider users their organisation.
 */
public record KundvalUser(
        String username,
        String displayName,
        Set<String> roles,
        Optional<Personnummer> personnummer,
        Optional<Organisationsnummer> orgnr) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Masked: never print a personnummer into logs by accident. */
    @Override
    public String toString() {
        return "KundvalUser[" + username + ", roles=" + roles + "]";
    }
}
