package se.kundval.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import se.kundval.identity.Luhn;
import se.kundval.identity.Organisationsnummer;
import se.kundval.provider.Accreditation;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.Provider;
import se.kundval.provider.ProviderType;
import se.kundval.provider.internal.AccreditationRepository;
import se.kundval.provider.internal.ProviderRepository;
import se.kundval.register.DefaultProviderRule;
import se.kundval.register.Delivery;
import se.kundval.register.ScopeUnit;
import se.kundval.register.ServiceType;
import se.kundval.register.internal.ServiceTypeRepository;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.LocalizedText;
import se.kundval.shared.RecordOrigin;

@IntegrationTest
class CatalogueServiceTest {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    ServiceTypeRepository serviceTypes;

    @Autowired
    ProviderRepository providers;

    @Autowired
    AccreditationRepository accreditations;

    @Autowired
    TransactionTemplate tx;

    @Test
    void countsOnlyProvidersWithAnApprovedAccreditation() {
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        tx.executeWithoutResult(s -> {
            ServiceType type = new ServiceType(code, RecordOrigin.PORTAL);
            type.setName(new LocalizedText("Testtjänst " + code, "Test service " + code));
            type.setDescription(new LocalizedText("En tjänst för test.", null));
            type.setScopeUnit(ScopeUnit.HOURS_PER_WEEK);
            type.setDelivery(Delivery.HOME);
            type.setChoiceDeadlineDays(14);
            type.setNoticePeriodDays(10);
            type.setFirstContactWorkingDays(3);
            type.setSortOrder(999);
            type.setDefaultRule(DefaultProviderRule.ROTATION);
            type.setDefaultRuleExplanation(new LocalizedText("Turordning.", null));
            serviceTypes.save(type);
            accredit(type, AccreditationStatus.APPROVED);
            accredit(type, AccreditationStatus.APPROVED);
            accredit(type, AccreditationStatus.SUSPENDED);
            accredit(type, AccreditationStatus.APPLIED);
        });

        ServiceTypeSummary summary = catalogue.serviceTypes().stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow();

        assertThat(summary.approvedProviders()).isEqualTo(2);
        assertThat(summary.name().in(java.util.Locale.ENGLISH)).isEqualTo("Test service " + code);
    }

    @Test
    void listsTheSampleServiceTypesInTheirOrder() {
        assertThat(catalogue.serviceTypes())
                .extracting(ServiceTypeSummary::code)
                .containsSubsequence("HEMTJANST", "DAGLIG_VERKSAMHET", "BOENDESTOD", "ARBETSTRANING");
    }

    private void accredit(ServiceType type, AccreditationStatus status) {
        Provider provider = new Provider(randomOrgnr(), RecordOrigin.PORTAL);
        provider.setName("Testutförare " + UUID.randomUUID());
        provider.setType(ProviderType.PRIVATE);
        providers.save(provider);
        Accreditation accreditation = new Accreditation(provider, type, RecordOrigin.PORTAL);
        accreditation.changeStatus(status, LocalDate.now(), LocalDate.now(), null, "test", Instant.now());
        accreditations.save(accreditation);
    }

    static Organisationsnummer randomOrgnr() {
        String nine = "557" + String.format("%06d", (long) (Math.random() * 1_000_000));
        return Organisationsnummer.parse(nine + Luhn.checkDigit(nine));
    }
}
