/**
 * Staff at a service point help a visitor: audited look-up, an assisted choice with consent, a receipt.
 * <p>
 * The root package is the module's API; sub-packages other than {@code ui}'s {@code *Navigation}
 * classes are internal. Allowed dependencies match the table in docs/architecture.md.
 */
@ApplicationModule(
        displayName = "Service-point desk",
        allowedDependencies = {
            "shared",
            "identity",
            "register",
            "catalogue",
            "catalogue :: navigation",
            "choice",
            "audit"
        })
package se.kundval.assist;

import org.springframework.modulith.ApplicationModule;
