package se.kundval.referencedata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.kundval.catalogue.OfferingText;
import se.kundval.choice.ContactPreference;
import se.kundval.identity.Organisationsnummer;
import se.kundval.identity.Personnummer;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.ProviderType;
import se.kundval.register.DefaultProviderRule;
import se.kundval.register.Delivery;
import se.kundval.register.IndicatorUnit;
import se.kundval.register.ScopeUnit;
import se.kundval.shared.GeoPoint;
import se.kundval.shared.LocalizedText;

/** The whole providers-data folder, parsed and validated, ready to be written in one transaction. */
public record ReferenceData(
        List<AreaRow> areas,
        List<SpecialisationRow> specialisations,
        List<ProviderRow> providers,
        List<ServiceTypeRow> serviceTypes,
        List<IndicatorRow> indicators,
        List<ServicePointRow> servicePoints,
        List<RequirementRow> requirements,
        List<AccreditationRow> accreditations,
        List<OfferingRow> offerings,
        List<QualityRow> qualityIndicators,
        List<ResidentRow> residents) {

    public record AreaRow(String code, String name, GeoPoint centre) {}

    public record SpecialisationRow(String code, LocalizedText name) {}

    public record ProviderRow(
            Organisationsnummer orgnr,
            String name,
            ProviderType type,
            String legalForm,
            String address,
            String phone,
            String email,
            String website) {}

    public record ServiceTypeRow(
            String code,
            LocalizedText name,
            LocalizedText description,
            ScopeUnit scopeUnit,
            Delivery delivery,
            int choiceDeadlineDays,
            int noticePeriodDays,
            int firstContactWorkingDays,
            int sortOrder,
            DefaultProviderRule defaultRule,
            Organisationsnummer defaultProvider,
            LocalizedText defaultRuleExplanation) {}

    public record IndicatorRow(
            String code,
            LocalizedText name,
            LocalizedText description,
            IndicatorUnit unit,
            boolean higherIsBetter,
            Set<String> serviceTypes) {}

    public record ServicePointRow(
            String code, String name, String area, String address, LocalizedText openingHours, GeoPoint location) {}

    public record RequirementRow(
            String serviceType, String code, LocalizedText text, boolean attachmentRequired, int sortOrder) {}

    public record AccreditationRow(
            Organisationsnummer provider,
            String serviceType,
            AccreditationStatus status,
            LocalDate validFrom,
            LocalDate decidedOn,
            LocalizedText reason) {}

    public record OfferingRow(
            String code,
            Organisationsnummer provider,
            String serviceType,
            String unitName,
            Map<String, OfferingText> texts,
            Set<String> languages,
            Set<String> specialisations,
            Set<String> areas,
            int capacity,
            boolean takesNewCustomers,
            String address,
            GeoPoint location,
            String phone,
            String email,
            LocalDate lastConfirmed) {}

    public record QualityRow(
            Organisationsnummer provider,
            String serviceType,
            String indicator,
            int year,
            BigDecimal value,
            Integer respondents,
            String source,
            BigDecimal national) {}

    public record ResidentRow(
            Personnummer personnummer,
            String firstName,
            String lastName,
            String area,
            ContactPreference contactPreference,
            String email,
            String phone,
            List<EntitlementRow> entitlements) {}

    public record EntitlementRow(
            String key,
            String serviceType,
            int conversationDaysAgo,
            String officer,
            BigDecimal scope,
            Set<String> wishedLanguages,
            Set<String> wishedSpecialisations,
            String wishText) {}
}
