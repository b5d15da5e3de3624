package se.kundval.catalogue;

import java.time.LocalDate;
import java.util.List;

import se.kundval.provider.ProviderType;
import se.kundval.register.Delivery;

/** Everything the provider page and the comparison show about one offering. */
public record OfferingDetails(
        String code,
        String serviceTypeCode,
        String serviceTypeName,
        Delivery delivery,
        String providerName,
        String unitName,
        ProviderType providerType,
        String textLanguage,
        boolean textIsFallback,
        String summary,
        String description,
        String includes,
        String staffCompetence,
        String openingHours,
        List<String> languages,
        List<String> specialisations,
        List<String> areas,
        String address,
        String phone,
        String email,
        String website,
        int capacity,
        boolean takesNewCustomers,
        LocalDate accreditedFrom,
        LocalDate lastConfirmed,
        boolean possiblyOutdated,
        List<IndicatorValue> indicators) {

    public String displayName() {
        return unitName == null ? providerName : providerName + " – " + unitName;
    }
}
