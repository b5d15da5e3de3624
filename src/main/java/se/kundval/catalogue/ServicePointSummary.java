package se.kundval.catalogue;

/** A service point as the start page lists it. */
public record ServicePointSummary(String name, String area, String address, String openingHours) {}
