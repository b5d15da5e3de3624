package se.kundval.catalogue;

import java.time.Instant;
import java.util.Set;

import se.kundval.shared.GeoPoint;

/**
 * Which listed offerings the open-data API asks for; every non-null condition must hold (AND).
 *
 * @param search          words in the provider's name, the unit's name or a summary or description
 * @param serviceTypeCode of this service type
 * @param specialisationCode with this specialisation
 * @param providerOrgnrs  of one of these providers (NNNNNN-NNNN)
 * @param modifiedAfter   changed at or after this instant
 * @param premisesOnly    only offerings delivered at the provider's premises (with an address and position)
 * @param postcode        premises in this postcode (digits, spaces ignored)
 * @param near            premises within {@code withinMetres} of this point
 */
public record OpenOfferingFilter(
        String search,
        String serviceTypeCode,
        String specialisationCode,
        Set<String> providerOrgnrs,
        Instant modifiedAfter,
        boolean premisesOnly,
        String postcode,
        GeoPoint near,
        Integer withinMetres) {

    public static OpenOfferingFilter all() {
        return new OpenOfferingFilter(null, null, null, null, null, false, null, null, null);
    }
}
