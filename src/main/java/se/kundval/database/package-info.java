/**
 * The embedded MariaDB for the default run and the tests.
 * <p>
 * The root package is the module's API; sub-packages other than {@code ui}'s {@code *Navigation}
 * classes are internal. Allowed dependencies match the table in docs/architecture.md.
 */
@ApplicationModule(
        displayName = "Embedded database",
        allowedDependencies = {})
package se.kundval.database;

import org.springframework.modulith.ApplicationModule;
