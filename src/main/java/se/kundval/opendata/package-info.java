/**
 * Open data: the public catalogue as an Open Referral HSDS 3.0 API with Kundval's Swedish LOV
 * profile, under {@code /api/hsds}. It reads the catalogue only through
 * {@link se.kundval.catalogue.OpenCatalogue}; it has no public API of its own (the HTTP endpoints
 * are in {@code web}, the mapping to HSDS in {@code internal}, the "Öppna data" page in {@code ui}).
 */
package se.kundval.opendata;
