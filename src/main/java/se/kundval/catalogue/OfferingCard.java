package se.kundval.catalogue;

import java.util.List;

import se.kundval.provider.ProviderType;

/** One offering as a card in the result list: only what the card shows. */
public record OfferingCard(
        String code,
        String providerName,
        String unitName,
        ProviderType providerType,
        List<String> areas,
        List<String> languages,
        List<String> specialisations,
        String summary,
        String summaryLanguage,
        boolean takesNewCustomers,
        Double distanceKm,
        List<IndicatorValue> keyIndicators,
        List<WishMet> wishesMet,
        int wishesAsked) {

    /** One of the resident's wishes this offering meets: a staff language or a specialisation. */
    public record WishMet(boolean language, String name) {}
}
