package se.kundval.catalogue;

import java.time.Instant;

/**
 * What the public catalogue looks like now, cheaply: {@code version} changes whenever anything the
 * open-data API publishes changes (every catalogue row has an optimistic-lock version that grows on
 * each update, and counts change on inserts and deletes), so it can stand for the content in an ETag.
 */
public record OpenCatalogueStamp(String version, Instant lastModified) {}
