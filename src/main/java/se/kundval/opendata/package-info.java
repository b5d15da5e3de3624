/**
 * Open data: the public catalogue as an Open Referral HSDS 3.0 API with Kundval's Swedish LOV
 * profile, under {@code /api/hsds}. It reads the catalogue only through
 * {@code catalogue.OpenCatalogue}; it has no public API of its own (the HTTP endpoints
 * are in {@code web}, the mapping to HSDS in {@code internal}, the "Öppna data" page in {@code ui},
 * reachable through its {@code OpenDataNavigation}).
 */
@ApplicationModule(
        displayName = "Open data",
        allowedDependencies = {"shared", "register", "catalogue"})
package se.kundval.opendata;

import org.springframework.modulith.ApplicationModule;
