/**
 * The municipality's registers: service types, areas, specialisations, service points and indicator definitions, and their administration.
 * <p>
 * The root package is the module's API; sub-packages other than {@code ui}'s {@code *Navigation}
 * classes are internal. Allowed dependencies match the table in docs/architecture.md.
 */
@ApplicationModule(
        displayName = "Registers",
        allowedDependencies = {"shared", "identity"})
package se.kundval.register;

import org.springframework.modulith.ApplicationModule;
