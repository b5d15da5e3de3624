package se.kundval.identity;

import java.util.Optional;
import java.util.Set;

/**
 * The logged-in person as the rest of the portal sees them, whatever way they logged in (demo
 * account or Keycloak). Residents carry their personnummer, provider users their organisation,
 * service-point staff the code of the service point they work at (from their identity, so the
 * audit's "where" is never chosen in the browser).
 */
public record KundvalUser(
        String username,
        String displayName,
        Set<String> roles,
        Optional<Personnummer> personnummer,
        Optional<Organisationsnummer> orgnr,
        Optional<String> servicePoint) {

    /** A user who works at no service point. */
    public KundvalUser(
            String username,
            String displayName,
            Set<String> roles,
            Optional<Personnummer> personnummer,
            Optional<Organisationsnummer> orgnr) {
        this(username, displayName, roles, personnummer, orgnr, Optional.empty());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Masked: never print a personnummer into logs by accident. */
    @Override
    public String toString() {
        return "KundvalUser[" + username + ", roles=" + roles + "]";
    }
}
