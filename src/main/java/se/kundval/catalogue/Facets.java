package se.kundval.catalogue;

import java.util.Map;

/** Counts of the current result per filter value, so each filter option says how many it leaves. */
public record Facets(
        long total,
        Map<String, Long> areas,
        Map<String, Long> languages,
        Map<String, Long> specialisations,
        Map<String, Long> providerTypes,
        long takingNewCustomers) {}
