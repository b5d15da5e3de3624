/**
 * Residents, guidance conversations, entitlements and choices: choosing, changing, the default provider, new customers for providers.
 * <p>
 * The root package is the module's API; sub-packages other than {@code ui}'s {@code *Navigation}
 * classes are internal. Allowed dependencies match the table in docs/architecture.md.
 */
@ApplicationModule(
        displayName = "Choice",
        allowedDependencies = {
            "shared",
            "identity",
            "register",
            "provider",
            "catalogue",
            "catalogue :: navigation",
            "audit",
            "audit :: navigation",
            "notification",
            "notification :: navigation"
        })
package se.kundval.choice;

import org.springframework.modulith.ApplicationModule;
