package se.kundval.catalogue;

/** An area (kommundel) as the open-data API publishes it. */
public record OpenArea(String code, String name, GeoPoint centre) {
}
