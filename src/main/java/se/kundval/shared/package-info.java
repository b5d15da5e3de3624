/**
 * The shared kernel: value types every module uses (texts in several languages, positions, where a
 * record came from), the exceptions forms are refused with, the YAML reader, and in {@code shared.ui}
 * the small components and the back-office extension point every page may use. Nothing
 * feature-specific lives here. An open module: its sub-package {@code ui} is usable by all.
 */
@ApplicationModule(
        displayName = "Shared kernel",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package se.kundval.shared;

import org.springframework.modulith.ApplicationModule;
