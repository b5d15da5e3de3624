/**
 * The commissioning officers' pages: review, oversight, quality import, error reports, follow-up and the registers.
 * <p>
 * The root package is the module's API; sub-packages other than {@code ui}'s {@code *Navigation}
 * classes are internal. Allowed dependencies match the table in docs/architecture.md.
 */
@ApplicationModule(
        displayName = "Commissioning",
        allowedDependencies = {
            "shared",
            "identity",
            "register",
            "provider",
            "catalogue",
            "catalogue :: navigation",
            "audit :: navigation"
        })
package se.kundval.commission;

import org.springframework.modulith.ApplicationModule;
