package se.kundval.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.choice.ChoiceRefusedException.Reason;
import se.kundval.identity.Personnummer;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;

/** Choosing on a real MariaDB: the capacity rule under concurrency, changes, refusals. */
@IntegrationTest
class ChoiceServiceTest {

    @Autowired
    ChoiceService choiceService;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    CatalogueTestData catalogue;

    @Autowired
    JdbcTemplate jdbc;

    private String offering(String type, String name, boolean takesNew) {
        return catalogue
                .anOffering()
                .ofType(type)
                .by(name)
                .summary("Text.")
                .takingNewCustomers(takesNew)
                .create();
    }

    @Test
    void fiftyConcurrentConfirmationsNeverExceedTenPlaces() throws Exception {
        String type = catalogue.serviceType(Delivery.HOME);
        String code = offering(type, "Tio platser", true);
        jdbc.update("update offering set capacity = 10 where code = ?", code);
        int threads = 50;
        List<Personnummer> people = new ArrayList<>();
        List<Long> entitlementIds = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Personnummer p = ChoiceTestData.newPersonnummer();
            people.add(p);
            entitlementIds.add(residents.residentWithEntitlement(p, "BOO", type));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Personnummer p = people.get(i);
            long entitlement = entitlementIds.get(i);
            results.add(pool.submit(() -> {
                ChoiceTestData.logInAs(p);
                start.await();
                long t = System.nanoTime();
                try {
                    return choiceService.choose(entitlement, code);
                } catch (ChoiceRefusedException e) {
                    return e.reason();
                } finally {
                    latencies.add(System.nanoTime() - t);
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : results) {
            outcomes.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes.stream().filter(o -> o instanceof Receipt)).hasSize(10);
        assertThat(outcomes.stream().filter(o -> o == Reason.FULL)).hasSize(40);
        Long offeringId = jdbc.queryForObject("select id from offering where code = ?", Long.class, code);
        assertThat(jdbc.queryForObject("select count(*) from choice where offering_id = ?", Integer.class, offeringId))
                .isEqualTo(10);
        assertThat(jdbc.queryForObject(
                        "select count(*) from choice_entitlement e join service_type st"
                                + " on st.id = e.service_type_id where st.code = ? and e.status = 'CHOSEN'",
                        Integer.class,
                        type))
                .isEqualTo(10);
        assertThat(jdbc.queryForObject(
                        "select count(*) from entitlement_event ev join choice_entitlement e"
                                + " on e.id = ev.entitlement_id join service_type st on st.id = e.service_type_id"
                                + " where st.code = ? and ev.event_type = 'PROVIDER_CHOSEN'",
                        Integer.class,
                        type))
                .isEqualTo(10);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification n join offering o on o.provider_id = n.provider_id"
                                + " where o.code = ? and n.topic = 'NEW_CUSTOMER'",
                        Integer.class,
                        code))
                .isEqualTo(10);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "CONFIRM %d concurrent against 10 places: p50 %.1f ms, p95 %.1f ms%n",
                threads, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6);
    }

    @Test
    void twoTabsChangingTheSameEntitlementAtOnceLeaveOneWaitingChange() throws Exception {
        String type = catalogue.serviceType(Delivery.HOME);
        String first = offering(type, "Nuvarande", true);
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        ChoiceTestData.logInAs(p);
        choiceService.choose(entitlement, first);
        SecurityContextHolder.clearContext();
        int tabs = 8;
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < tabs; i++) {
            targets.add(offering(type, "Byte " + i, true));
        }
        ExecutorService pool = Executors.newFixedThreadPool(tabs);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Receipt>> results = new ArrayList<>();
        for (String target : targets) {
            results.add(pool.submit(() -> {
                ChoiceTestData.logInAs(p);
                try {
                    start.await();
                    return choiceService.choose(entitlement, target);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        for (Future<Receipt> f : results) {
            assertThat(f.get(60, TimeUnit.SECONDS).changeOfProvider()).isTrue();
        }
        pool.shutdown();

        // Each newer change replaced the one before it: one waits, the others were withdrawn.
        assertThat(jdbc.queryForList(
                        "select status from choice where entitlement_id = ? and status = 'PENDING'",
                        String.class,
                        entitlement))
                .hasSize(1);
        assertThat(jdbc.queryForList(
                        "select status from choice where entitlement_id = ? and status = 'WITHDRAWN'",
                        String.class,
                        entitlement))
                .hasSize(tabs - 1);
        assertThat(jdbc.queryForList(
                        "select status from choice where entitlement_id = ? and status = 'ACTIVE'",
                        String.class,
                        entitlement))
                .hasSize(1);
    }

    @Test
    void changingProviderWaitsForTheNoticePeriodAndKeepsTheHistory() {
        String type = catalogue.serviceType(Delivery.HOME);
        String first = offering(type, "Först", true);
        String second = offering(type, "Sedan", true);
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        ChoiceTestData.logInAs(p);

        Receipt chosen = choiceService.choose(entitlement, first);
        Receipt changed = choiceService.choose(entitlement, second);

        assertThat(chosen.changeOfProvider()).isFalse();
        assertThat(changed.changeOfProvider()).isTrue();
        assertThat(changed.validFrom()).isAfter(chosen.validFrom());
        assertThat(jdbc.queryForList(
                        "select status from choice where entitlement_id = ? order by made_at",
                        String.class,
                        entitlement))
                .containsExactly("ACTIVE", "PENDING");
        assertThat(jdbc.queryForObject(
                                "select valid_to from choice where reference = ?",
                                java.sql.Date.class,
                                chosen.reference())
                        .toLocalDate())
                .isEqualTo(changed.validFrom().minusDays(1));
        assertThatThrownBy(() -> choiceService.choose(entitlement, second))
                .isInstanceOfSatisfying(
                        ChoiceRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_CHOSEN));
    }

    @Test
    void everyChoiceChangeAndUndoIsConfirmedToTheResidentWithALinkToWhereItPoints() {
        String type = catalogue.serviceType(Delivery.HOME);
        String first = offering(type, "Brevfört", true);
        String second = offering(type, "Brevsedan", true);
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        ChoiceTestData.logInAs(p);

        Receipt chosen = choiceService.choose(entitlement, first);
        Receipt changed = choiceService.choose(entitlement, second);
        assertThat(choiceService.withdraw(changed.reference())).isTrue();

        var messages = jdbc.queryForList(
                "select n.topic, n.subject, n.body, n.link_path, n.link_label from notification n"
                        + " join choice_entitlement e on e.resident_id = n.resident_id"
                        + " where e.id = ? and n.recipient_type = 'RESIDENT' order by n.id",
                entitlement);
        assertThat(messages)
                .extracting(m -> m.get("topic"))
                .containsExactly("CHOICE_MADE", "CHANGE_MADE", "CHANGE_WITHDRAWN");
        assertThat(messages.get(0).get("link_path")).isEqualTo("/kvitto/" + chosen.reference());
        assertThat(messages.get(0).get("link_label")).isEqualTo("messages.link.receipt");
        assertThat((String) messages.get(1).get("body"))
                .contains("fortsätter till och med")
                .doesNotContain(p.digits())
                // Dates written for people, never ISO.
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(messages.get(2).get("link_path")).isEqualTo("/mina-val");
    }

    @Test
    void theRulesRefuseWithAReasonAndStoreNothing() {
        String type = catalogue.serviceType(Delivery.HOME);
        String full = offering(type, "Fullt", false);
        String elsewhere = catalogue
                .anOffering()
                .ofType(type)
                .by("Annat område")
                .summary("Text.")
                .in("ALTA")
                .create();
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        Personnummer someoneElse = ChoiceTestData.newPersonnummer();

        ChoiceTestData.logInAs(p);
        assertRefused(() -> choiceService.choose(entitlement, full), Reason.NOT_TAKING_NEW_CUSTOMERS);
        assertRefused(() -> choiceService.choose(entitlement, elsewhere), Reason.AREA_NOT_SERVED);
        assertRefused(() -> choiceService.choose(entitlement, "FINNS-INTE"), Reason.NOT_LISTED);
        ChoiceTestData.logInAs(someoneElse);
        assertRefused(() -> choiceService.choose(entitlement, full), Reason.NOT_YOUR_ENTITLEMENT);

        assertThat(jdbc.queryForObject(
                        "select count(*) from choice where entitlement_id = ?", Integer.class, entitlement))
                .isZero();
    }

    private static void assertRefused(Runnable call, Reason reason) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ChoiceRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
