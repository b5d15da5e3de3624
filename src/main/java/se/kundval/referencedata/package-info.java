/**
 * Reads and validates providers-data/ and writes it through each module's import API in one transaction.
 * <p>
 * The root package is the module's API; sub-packages other than {@code ui}'s {@code *Navigation}
 * classes are internal. Allowed dependencies match the table in docs/architecture.md.
 */
@ApplicationModule(
        displayName = "Start-up import",
        allowedDependencies = {"shared", "identity", "register", "provider", "catalogue", "choice"})
package se.kundval.referencedata;

import org.springframework.modulith.ApplicationModule;
