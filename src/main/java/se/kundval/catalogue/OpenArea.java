package se.kundval.catalogue;

import se.kundval.shared.GeoPoint;

/** An area (kommundel) as the open-data API publishes it. */
public record OpenArea(String code, String name, GeoPoint centre) {}
