package se.kundval.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.kundval.catalogue.internal.OfferingRepository;
import se.kundval.catalogue.internal.QualityIndicatorRepository;
import se.kundval.identity.Luhn;
import se.kundval.identity.Organisationsnummer;
import se.kundval.provider.Accreditation;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.AccreditationStatusChanged;
import se.kundval.provider.Provider;
import se.kundval.provider.ProviderType;
import se.kundval.provider.Requirement;
import se.kundval.provider.internal.AccreditationRepository;
import se.kundval.provider.internal.ProviderRepository;
import se.kundval.provider.internal.RequirementRepository;
import se.kundval.register.DefaultProviderRule;
import se.kundval.register.Delivery;
import se.kundval.register.IndicatorDefinition;
import se.kundval.register.ScopeUnit;
import se.kundval.register.ServiceType;
import se.kundval.register.internal.AreaRepository;
import se.kundval.register.internal.IndicatorDefinitionRepository;
import se.kundval.register.internal.ServiceTypeRepository;
import se.kundval.register.internal.SpecialisationRepository;
import se.kundval.shared.LocalizedText;
import se.kundval.shared.RecordOrigin;

/** Builds a test's own service type, providers and offerings, so tests never depend on each other. */
@Component
public class CatalogueTestData {

    private final ServiceTypeRepository serviceTypes;
    private final ProviderRepository providers;
    private final AccreditationRepository accreditations;
    private final OfferingRepository offerings;
    private final AreaRepository areas;
    private final SpecialisationRepository specialisations;
    private final IndicatorDefinitionRepository indicatorDefinitions;
    private final QualityIndicatorRepository qualityIndicators;
    private final RequirementRepository requirements;
    private final ApplicationEventPublisher events;
    // The builder runs outside this bean's proxy, so it opens its transaction itself.
    private final TransactionTemplate transactions;

    CatalogueTestData(
            ServiceTypeRepository serviceTypes,
            ProviderRepository providers,
            AccreditationRepository accreditations,
            OfferingRepository offerings,
            AreaRepository areas,
            SpecialisationRepository specialisations,
            IndicatorDefinitionRepository indicatorDefinitions,
            QualityIndicatorRepository qualityIndicators,
            RequirementRepository requirements,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.requirements = requirements;
        this.indicatorDefinitions = indicatorDefinitions;
        this.qualityIndicators = qualityIndicators;
        this.serviceTypes = serviceTypes;
        this.providers = providers;
        this.accreditations = accreditations;
        this.offerings = offerings;
        this.areas = areas;
        this.specialisations = specialisations;
    }

    public static String unique(String prefix) {
        return prefix
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    @Transactional
    public String serviceType(Delivery delivery) {
        String code = unique("T_");
        ServiceType type = new ServiceType(code, RecordOrigin.PORTAL);
        type.setName(new LocalizedText("Testtjänst " + code, "Test service " + code));
        type.setDescription(new LocalizedText("En tjänst för test.", "A service for tests."));
        type.setScopeUnit(ScopeUnit.HOURS_PER_WEEK);
        type.setDelivery(delivery);
        type.setChoiceDeadlineDays(14);
        type.setNoticePeriodDays(10);
        type.setFirstContactWorkingDays(3);
        type.setSortOrder(900);
        type.setDefaultRule(DefaultProviderRule.ROTATION);
        type.setDefaultRuleExplanation(new LocalizedText("Turordning bland utförare med plats.", "Rotation."));
        serviceTypes.save(type);
        return code;
    }

    /**
     * Starts an offering for a test to describe in its own words, e.g.
     * {@code data.anOffering().ofType(type).by("Minnesvården").speaking("sv", "fi").in("BOO").create()}.
     * Unless the test says otherwise: a private provider of its own, staff speaking Swedish, in Boo,
     * taking new customers, summary "Test.", no description and no specialisation.
     */
    public OfferingBuilder anOffering() {
        return new OfferingBuilder();
    }

    /** What a test says about its offering; {@link #create()} lists it and returns its code. */
    public final class OfferingBuilder {

        private String serviceType;
        private String providerName;
        private String existingProviderOrgnr;
        private ProviderType providerType = ProviderType.PRIVATE;
        private String unitName;
        private String summary = "Test.";
        private String description;
        private Set<String> languages = Set.of("sv");
        private Set<String> specialisationCodes = Set.of();
        private Set<String> areaCodes = Set.of("BOO");
        private boolean takesNew = true;

        private OfferingBuilder() {}

        /** The service type (its code) the offering belongs to. */
        public OfferingBuilder ofType(String serviceTypeCode) {
            this.serviceType = serviceTypeCode;
            return this;
        }

        /** A new provider of this name offers it. */
        public OfferingBuilder by(String providerName) {
            this.providerName = providerName;
            return this;
        }

        /** An existing provider (e.g. a demo account's) offers it, shown as "provider – unit". */
        public OfferingBuilder byExistingProvider(String orgnr) {
            this.existingProviderOrgnr = orgnr;
            return this;
        }

        public OfferingBuilder providerType(ProviderType providerType) {
            this.providerType = providerType;
            return this;
        }

        /** The unit's name, shown after the provider's. */
        public OfferingBuilder unit(String unitName) {
            this.unitName = unitName;
            return this;
        }

        /** The short Swedish text on the card. */
        public OfferingBuilder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** The longer Swedish text (Markdown) on the provider's page. */
        public OfferingBuilder description(String description) {
            this.description = description;
            return this;
        }

        /** The languages the staff speak (ISO 639-1 codes). */
        public OfferingBuilder speaking(String... languages) {
            this.languages = Set.of(languages);
            return this;
        }

        /** The specialisations (register codes, e.g. DEMENS). */
        public OfferingBuilder specialisedIn(String... specialisationCodes) {
            this.specialisationCodes = Set.of(specialisationCodes);
            return this;
        }

        /** The areas (register codes) it serves; the first is its premises' place. */
        public OfferingBuilder in(String... areaCodes) {
            this.areaCodes = new LinkedHashSet<>(List.of(areaCodes));
            return this;
        }

        public OfferingBuilder notTakingNewCustomers() {
            return takingNewCustomers(false);
        }

        /** For tests that try both ways. */
        public OfferingBuilder takingNewCustomers(boolean takesNew) {
            this.takesNew = takesNew;
            return this;
        }

        /** Lists the offering (approved accreditation, indexed at commit); returns its code. */
        public String create() {
            if (serviceType == null) {
                throw new IllegalStateException("Say which service type: ofType(code)");
            }
            if ((providerName == null) == (existingProviderOrgnr == null)) {
                throw new IllegalStateException("Say who offers it: by(name) or byExistingProvider(orgnr)");
            }
            return transactions.execute(status -> {
                Provider provider;
                if (existingProviderOrgnr != null) {
                    provider = providers
                            .findByOrgnr(Organisationsnummer.parse(existingProviderOrgnr)
                                    .toString())
                            .orElseThrow();
                } else {
                    provider = new Provider(unusedOrgnr(), RecordOrigin.PORTAL);
                    provider.setName(providerName);
                    provider.setType(providerType);
                    providers.save(provider);
                }
                return offering(
                        provider,
                        serviceType,
                        unitName,
                        summary,
                        description,
                        languages,
                        specialisationCodes,
                        areaCodes,
                        takesNew);
            });
        }
    }

    private String offering(
            Provider provider,
            String serviceType,
            String unitName,
            String summary,
            String description,
            Set<String> languages,
            Set<String> specialisationCodes,
            Set<String> areaCodes,
            boolean takesNew) {
        ServiceType type = serviceTypes.findByCode(serviceType).orElseThrow();
        Accreditation accreditation = new Accreditation(provider, type, RecordOrigin.PORTAL);
        accreditation.changeStatus(
                AccreditationStatus.APPROVED, LocalDate.now(), LocalDate.now(), null, "test", Instant.now());
        accreditations.save(accreditation);
        Offering offering = new Offering(unique("O-"), accreditation, RecordOrigin.PORTAL);
        offering.setUnitName(unitName);
        offering.getTexts().put("sv", new OfferingText(summary, description, null, null, null));
        offering.getLanguages().addAll(languages);
        specialisationCodes.forEach(c ->
                offering.getSpecialisations().add(specialisations.findByCode(c).orElseThrow()));
        areaCodes.forEach(c -> offering.getAreas().add(areas.findByCode(c).orElseThrow()));
        offering.setCapacity(20);
        offering.setTakesNewCustomers(takesNew);
        offering.setLastConfirmed(LocalDate.now());
        if (type.getDelivery() == Delivery.PREMISES) {
            offering.setAddress("Testvägen 1, 131 30 Nacka");
            offering.setLocation(
                    areas.findByCode(areaCodes.iterator().next()).orElseThrow().getCentre());
        }
        return offerings.save(offering).getCode();
    }

    @Transactional
    public void setStatus(String offeringCode, AccreditationStatus status) {
        Offering offering = offerings.findByCode(offeringCode).orElseThrow();
        offering.getAccreditation()
                .changeStatus(
                        status,
                        LocalDate.now(),
                        offering.getAccreditation().getValidFrom(),
                        new LocalizedText("Test", null),
                        "test",
                        Instant.now());
        // As the provider module's services do: the catalogue re-indexes the accreditation's listings.
        events.publishEvent(
                new AccreditationStatusChanged(offering.getAccreditation().getId(), status));
    }

    /** A requirement of the service type that applications must declare. */
    @Transactional
    public void requirement(String serviceType, String code, String text, boolean attachmentRequired) {
        Requirement requirement =
                new Requirement(serviceTypes.findByCode(serviceType).orElseThrow(), code, RecordOrigin.PORTAL);
        requirement.setText(new LocalizedText(text, null));
        requirement.setAttachmentRequired(attachmentRequired);
        requirements.save(requirement);
    }

    @Transactional(readOnly = true)
    public long accreditationId(String offeringCode) {
        return offerings
                .findByCode(offeringCode)
                .orElseThrow()
                .getAccreditation()
                .getId();
    }

    @Transactional
    public void setCapacity(String offeringCode, int capacity) {
        offerings.findByCode(offeringCode).orElseThrow().setCapacity(capacity);
    }

    @Transactional
    public void setSummary(String offeringCode, String summary) {
        Offering offering = offerings.findByCode(offeringCode).orElseThrow();
        OfferingText old = offering.getTexts().get("sv");
        offering.getTexts()
                .put(
                        "sv",
                        new OfferingText(
                                summary, old.description(), old.includes(), old.staffCompetence(), old.openingHours()));
        offering.markEditedInPortal();
    }

    /** Adds a quality indicator for the offering's provider and service type. */
    @Transactional
    public void indicator(
            String offeringCode, String indicatorCode, int year, java.math.BigDecimal value, Integer respondents) {
        Offering offering = offerings.findByCode(offeringCode).orElseThrow();
        IndicatorDefinition definition =
                indicatorDefinitions.findByCode(indicatorCode).orElseThrow();
        QualityIndicator qi = new QualityIndicator(
                offering.getProvider(), offering.getServiceType(), definition, year, RecordOrigin.PORTAL);
        qi.setValue(value);
        qi.setRespondents(respondents);
        qi.setSource("Testkälla");
        qualityIndicators.save(qi);
    }

    /** Makes an indicator one of the service type's published indicators. */
    @Transactional
    public void linkIndicator(String serviceType, String indicatorCode) {
        indicatorDefinitions
                .findByCode(indicatorCode)
                .orElseThrow()
                .getServiceTypes()
                .add(serviceTypes.findByCode(serviceType).orElseThrow());
    }

    @Transactional
    public void lastConfirmed(String offeringCode, LocalDate date) {
        offerings.findByCode(offeringCode).orElseThrow().setLastConfirmed(date);
    }

    /** A random organisation number no provider has yet (the test database outlives single runs). */
    private Organisationsnummer unusedOrgnr() {
        Organisationsnummer orgnr = randomOrgnr();
        while (providers.findByOrgnr(orgnr.toString()).isPresent()) {
            orgnr = randomOrgnr();
        }
        return orgnr;
    }

    static Organisationsnummer randomOrgnr() {
        String nine = "557" + String.format("%06d", (long) (Math.random() * 1_000_000));
        return Organisationsnummer.parse(nine + Luhn.checkDigit(nine));
    }

    public List<String> codes(String... codes) {
        return List.of(codes);
    }

    /** The offering's phone and e-mail, as the provider would fill them in. */
    @Transactional
    public void contact(String offeringCode, String phone, String email) {
        Offering offering = offerings.findByCode(offeringCode).orElseThrow();
        offering.setPhone(phone);
        offering.setEmail(email);
    }
}
