/**
 * The public catalogue: offerings (listings), search, comparison, quality figures, the listing editor and error reports.
 * <p>
 * The root package is the module's API; sub-packages other than {@code ui}'s {@code *Navigation}
 * classes are internal. Allowed dependencies match the table in docs/architecture.md.
 */
@ApplicationModule(
        displayName = "Catalogue",
        allowedDependencies = {"shared", "identity", "identity :: navigation", "register", "provider"})
package se.kundval.catalogue;

import org.springframework.modulith.ApplicationModule;
