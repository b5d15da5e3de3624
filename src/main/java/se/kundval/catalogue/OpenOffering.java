package se.kundval.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import se.kundval.shared.GeoPoint;

/**
 * An offering as the open-data API publishes it: public catalogue facts only (what the provider's
 * page shows), nothing about residents or choices.
 *
 * @param active         listed now; false for a suspended or revoked provider's former listing
 * @param texts          the provider's texts by language (ISO 639 code), Swedish always present
 * @param indicators     the latest value of each quality indicator, values under the respondent
 *                       threshold already removed
 */
public record OpenOffering(
        String code,
        String providerOrgnr,
        String providerName,
        String unitName,
        String serviceTypeCode,
        boolean active,
        LocalDate accreditedSince,
        LocalDate lastConfirmed,
        Instant modifiedAt,
        Map<String, OfferingText> texts,
        List<String> languages,
        List<OpenArea> areas,
        List<String> specialisationCodes,
        String address,
        GeoPoint location,
        String phone,
        String email,
        int capacity,
        boolean takesNewCustomers,
        List<OpenIndicator> indicators) {}
