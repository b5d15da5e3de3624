package se.kundval.provider;

import java.util.Set;

/**
 * Published inside the transaction that approves an application. The catalogue opens the
 * provider's page for the accreditation (when it has none yet) from what the application said:
 * places, areas, phone and e-mail; the provider writes the rest.
 */
public record AccreditationApproved(
        long accreditationId, int capacity, Set<String> areaCodes, String phone, String email) {}
