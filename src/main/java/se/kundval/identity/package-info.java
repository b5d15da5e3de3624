/**
 * Who is logged in and with which roles: demo accounts or Keycloak (OIDC), personnummer and organisationsnummer, session lifetimes.
 * <p>
 * The root package is the module's API; sub-packages other than {@code ui}'s {@code *Navigation}
 * classes are internal. Allowed dependencies match the table in docs/architecture.md.
 */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"shared"})
package se.kundval.identity;

import org.springframework.modulith.ApplicationModule;
