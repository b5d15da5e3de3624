/**
 * Every staff read and change of a resident's data: written insert-only, shown to the resident, searched by the log reviewers.
 * <p>
 * The root package is the module's API; sub-packages other than {@code ui}'s {@code *Navigation}
 * classes are internal. Allowed dependencies match the table in docs/architecture.md.
 */
@ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {"shared", "identity"})
package se.kundval.audit;

import org.springframework.modulith.ApplicationModule;
