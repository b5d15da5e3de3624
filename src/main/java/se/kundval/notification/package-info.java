/**
 * Messages to residents and providers: stored first (an outbox), shown in the portal, e-mailed when asked for.
 * <p>
 * The root package is the module's API; sub-packages other than {@code ui}'s {@code *Navigation}
 * classes are internal. Allowed dependencies match the table in docs/architecture.md.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"shared", "identity"})
package se.kundval.notification;

import org.springframework.modulith.ApplicationModule;
