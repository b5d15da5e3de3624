package se.kundval.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.ChoiceTestData;
import se.kundval.choice.CustomerLine;
import se.kundval.choice.ProviderCustomerService;
import se.kundval.identity.Personnummer;
import se.kundval.identity.TestLogins;
import se.kundval.provider.AccreditationRow;
import se.kundval.provider.OversightService;
import se.kundval.provider.RequirementService;
import se.kundval.provider.RequirementService.RequirementForm;
import se.kundval.register.CatalogueAdminService;
import se.kundval.register.CatalogueAdminService.AreaForm;
import se.kundval.register.CatalogueAdminService.ServicePointForm;
import se.kundval.register.CatalogueAdminService.ServiceTypeForm;
import se.kundval.register.CatalogueAdminService.SpecialisationForm;
import se.kundval.register.Delivery;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.IntegrationTest;

/**
 * Two people edit the same record from the same starting version: the second save fails loudly
 * with {@link ConcurrentEditException} and nothing of the first is overwritten, for every kind of
 * record people edit here (the resident details an officer registers: ResidentRaceTest).
 */
@IntegrationTest
class ConcurrentEditsTest {

    private static final String OMSORGSGRUPPEN = "556677-8899";

    @Autowired
    CatalogueAdminService admin;

    @Autowired
    RequirementService requirements;

    @Autowired
    OversightService oversight;

    @Autowired
    ProviderCustomerService customers;

    @Autowired
    ChoiceService choices;

    @Autowired
    CatalogueTestData data;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    JdbcTemplate jdbc;

    private static String code() {
        return "C"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    @Test
    void anAreaSavedFromAnOldVersionIsRefused() {
        TestLogins.commissioner("huvudman-a");
        String code = code();
        admin.saveArea(new AreaForm(code, "Område", 59.3, 18.2, null));
        AreaForm seen = area(code);

        admin.saveArea(new AreaForm(code, "Första ändringen", 59.3, 18.2, seen.version()));
        assertThatThrownBy(() -> admin.saveArea(new AreaForm(code, "Andra ändringen", 59.4, 18.3, seen.version())))
                .isInstanceOf(ConcurrentEditException.class);
        // Nor may a "new" area silently replace one someone else created with the same code.
        assertThatThrownBy(() -> admin.saveArea(new AreaForm(code, "Ny med samma kod", 59.4, 18.3, null)))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(area(code).name()).isEqualTo("Första ändringen");
        assertThat(area(code).lat()).isEqualTo(59.3);
    }

    @Test
    void aServicePointSpecialisationAndServiceTypeSavedFromAnOldVersionAreRefused() {
        TestLogins.commissioner("huvudman-a");
        String point = code();
        admin.saveServicePoint(new ServicePointForm(point, "Servicepunkt", "BOO", "Torget 1", null, null, null));
        ServicePointForm seenPoint = admin.servicePoints().stream()
                .filter(p -> p.code().equals(point))
                .findFirst()
                .orElseThrow();
        admin.saveServicePoint(
                new ServicePointForm(point, "Först", "BOO", "Torget 1", null, null, seenPoint.version()));
        assertThatThrownBy(() -> admin.saveServicePoint(
                        new ServicePointForm(point, "Sedan", "BOO", "Torget 2", null, null, seenPoint.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForMap("select name, address from service_point where code = ?", point))
                .containsEntry("name", "Först")
                .containsEntry("address", "Torget 1");

        String spec = code();
        admin.saveSpecialisation(new SpecialisationForm(spec, "Syn", null, null));
        long seenSpec = admin.specialisations().stream()
                .filter(s -> s.code().equals(spec))
                .findFirst()
                .orElseThrow()
                .version();
        admin.saveSpecialisation(new SpecialisationForm(spec, "Synnedsättning", null, seenSpec));
        assertThatThrownBy(() -> admin.saveSpecialisation(new SpecialisationForm(spec, "Blindhet", null, seenSpec)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForObject("select name_sv from specialisation where code = ?", String.class, spec))
                .isEqualTo("Synnedsättning");

        String type = data.serviceType(Delivery.HOME);
        ServiceTypeForm seenType = admin.serviceTypes().stream()
                .filter(t -> t.code().equals(type))
                .findFirst()
                .orElseThrow();
        admin.saveServiceType(withNoticeDays(seenType, 7));
        assertThatThrownBy(() -> admin.saveServiceType(withNoticeDays(seenType, 30)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForObject(
                        "select notice_period_days from service_type where code = ?", Integer.class, type))
                .isEqualTo(7);
    }

    @Test
    void aRequirementTextSavedFromAnOldVersionIsRefused() {
        TestLogins.commissioner("huvudman-a");
        String type = data.serviceType(Delivery.HOME);
        requirements.saveRequirement(new RequirementForm(type, "FSKATT", "Vi har F-skatt.", null, false, 1, null));
        long seen = requirements.requirements(type).get(0).version();

        requirements.saveRequirement(
                new RequirementForm(type, "FSKATT", "Vi har F-skatt och betalar skatt.", null, false, 1, seen));
        assertThatThrownBy(() -> requirements.saveRequirement(
                        new RequirementForm(type, "FSKATT", "Annan text.", null, true, 2, seen)))
                .isInstanceOf(ConcurrentEditException.class);

        RequirementForm stored = requirements.requirements(type).get(0);
        assertThat(stored.textSv()).isEqualTo("Vi har F-skatt och betalar skatt.");
        assertThat(stored.attachmentRequired()).isFalse();
    }

    @Test
    void anOversightDecisionActsOnlyOnTheVersionTheOfficerSaw() {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .by("Tillsyn " + type)
                .summary("Text.")
                .create();
        long accreditation = data.accreditationId(code);
        TestLogins.commissioner("huvudman-a");
        AccreditationRow seenByA = row(accreditation);
        AccreditationRow seenByB = row(accreditation);

        oversight.suspend(accreditation, seenByA.version(), "Brister i bemanningen.");
        assertThatThrownBy(() -> oversight.revoke(accreditation, seenByB.version(), "Upprepade brister."))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> oversight.liftSuspension(accreditation, seenByB.version()))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(jdbc.queryForMap("select status, reason_sv from accreditation where id = ?", accreditation))
                .containsEntry("status", "SUSPENDED")
                .containsEntry("reason_sv", "Brister i bemanningen.");
    }

    @Test
    void twoAcknowledgementsOfTheSameCustomerAtOnceStoreOneAndRefuseTheOther() throws Exception {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .byExistingProvider(OMSORGSGRUPPEN)
                .unit("Samtidigt " + type)
                .create();
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        ChoiceTestData.logInAs(p);
        String reference = choices.choose(entitlement, code).reference();
        TestLogins.provider(OMSORGSGRUPPEN);
        CustomerLine seen = customers.myCustomers(Locale.of("sv")).stream()
                .filter(c -> c.reference().equals(reference))
                .findFirst()
                .orElseThrow();

        // Two colleagues (or one double click) acknowledge the same customer at the same moment.
        List<Object> outcomes = concurrently(
                () -> acknowledgeAs(reference, seen.version(), LocalDate.now().plusDays(2)),
                () -> acknowledgeAs(reference, seen.version(), LocalDate.now().plusDays(9)));

        assertThat(outcomes).filteredOn(Boolean.TRUE::equals).hasSize(1);
        assertThat(outcomes)
                .filteredOn(ConcurrentEditException.class::isInstance)
                .hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from entitlement_event where entitlement_id = ? and event_type = ?",
                        Integer.class,
                        entitlement,
                        "PROVIDER_ACKNOWLEDGED"))
                .isEqualTo(1);
        // And a later click on the page as it was shown is refused too.
        assertThatThrownBy(() -> customers.acknowledge(reference, seen.version(), LocalDate.now()))
                .isInstanceOf(ConcurrentEditException.class);
    }

    private boolean acknowledgeAs(String reference, long version, LocalDate start) {
        TestLogins.provider(OMSORGSGRUPPEN);
        try {
            return customers.acknowledge(reference, version, start);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Runs the tasks at once; each outcome is its result or the exception it threw. */
    private static List<Object> concurrently(Callable<?>... tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (Callable<?> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        try {
            for (Future<?> f : futures) {
                try {
                    outcomes.add(f.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    outcomes.add(e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private AccreditationRow row(long accreditation) {
        return oversight.accreditations(Locale.of("sv")).stream()
                .filter(a -> a.id() == accreditation)
                .findFirst()
                .orElseThrow();
    }

    private AreaForm area(String code) {
        return admin.areas().stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static ServiceTypeForm withNoticeDays(ServiceTypeForm t, int days) {
        return new ServiceTypeForm(
                t.code(),
                t.nameSv(),
                t.nameEn(),
                t.descriptionSv(),
                t.descriptionEn(),
                t.scopeUnit(),
                t.delivery(),
                t.choiceDeadlineDays(),
                days,
                t.firstContactWorkingDays(),
                t.defaultRule(),
                t.defaultRuleSv(),
                t.defaultRuleEn(),
                t.version());
    }
}
