/**
 * Providers, their accreditations and requirements: the back office, applications, review and oversight by the commissioning officers.
 * <p>
 * The root package is the module's API; sub-packages other than {@code ui}'s {@code *Navigation}
 * classes are internal. Allowed dependencies match the table in docs/architecture.md.
 */
@ApplicationModule(
        displayName = "Providers",
        allowedDependencies = {"shared", "identity", "register", "notification"})
package se.kundval.provider;

import org.springframework.modulith.ApplicationModule;
