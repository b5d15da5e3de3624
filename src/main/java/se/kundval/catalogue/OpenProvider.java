package se.kundval.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * A provider with at least one listed offering, as the open-data API publishes it.
 *
 * @param serviceTypeCodes the service types it is listed for, in the municipality's order
 * @param modifiedAt       the latest change of any of its listed offerings
 */
public record OpenProvider(
        String orgnr,
        String name,
        String type,
        String legalForm,
        String address,
        String phone,
        String email,
        String website,
        List<String> serviceTypeCodes,
        Instant modifiedAt) {}
