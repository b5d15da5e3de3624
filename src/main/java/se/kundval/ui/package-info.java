/**
 * The frame of every page (layout, menu, language), the role-dispatching home page, error pages and the accessibility statement.
 * <p>
 * The root package is the module's API; sub-packages other than {@code ui}'s {@code *Navigation}
 * classes are internal. Allowed dependencies match the table in docs/architecture.md.
 */
@ApplicationModule(
        displayName = "App shell",
        allowedDependencies = {
            "shared",
            "identity",
            "identity :: navigation",
            "catalogue",
            "catalogue :: navigation",
            "opendata :: navigation",
            "choice :: navigation",
            "provider :: navigation",
            "commission :: navigation",
            "assist :: navigation"
        })
package se.kundval.ui;

import org.springframework.modulith.ApplicationModule;
