package se.kundval.choice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;

/** The ickevalsalternativ job on a real MariaDB: by rule, once, even when run twice at once. */
@IntegrationTest
class DefaultProviderJobTest {

    @Autowired
    DefaultProviderJob job;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    CatalogueTestData catalogue;

    @Autowired
    JdbcTemplate jdbc;

    private long overdueEntitlement(String type) {
        long id = residents.residentWithEntitlement(ChoiceTestData.newPersonnummer(), "BOO", type);
        jdbc.update("update choice_entitlement set deadline = curdate() - interval 1 day where id = ?", id);
        return id;
    }

    private String offering(String type, String name) {
        return catalogue.anOffering().ofType(type).by(name).summary("Text.").create();
    }

    @Test
    void rotationSpreadsResidentsAndRecordsTheRule() {
        String type = catalogue.serviceType(Delivery.HOME);
        String a = offering(type, "Rotation A");
        String b = offering(type, "Rotation B");
        List<Long> ids = List.of(
                overdueEntitlement(type), overdueEntitlement(type), overdueEntitlement(type), overdueEntitlement(type));

        job.applyDueDefaults();

        for (Long id : ids) {
            assertThat(jdbc.queryForObject("select status from choice_entitlement where id = ?", String.class, id))
                    .isEqualTo("DEFAULT_APPLIED");
            assertThat(jdbc.queryForObject(
                            "select default_rule_detail from choice where entitlement_id = ?", String.class, id))
                    .startsWith("rule=ROTATION; candidates=2");
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification where topic = 'DEFAULT_PROVIDER'"
                                    + " and resident_id = (select resident_id from choice_entitlement where id = ?)",
                            Integer.class,
                            id))
                    .isEqualTo(1);
        }
        assertThat(countFor(a)).isEqualTo(2);
        assertThat(countFor(b)).isEqualTo(2);
    }

    @Test
    void runningTwiceOrOnTwoNodesAtOnceAssignsOnlyOnce() throws Exception {
        String type = catalogue.serviceType(Delivery.HOME);
        offering(type, "En enda");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(overdueEntitlement(type));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            runs.add(nodes.submit(() -> {
                start.await();
                return job.applyDueDefaults();
            }));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        nodes.shutdown();
        job.applyDueDefaults();

        for (Long id : ids) {
            assertThat(jdbc.queryForObject("select count(*) from choice where entitlement_id = ?", Integer.class, id))
                    .as("choices for entitlement %s", id)
                    .isEqualTo(1);
        }
    }

    private int countFor(String offeringCode) {
        return jdbc.queryForObject(
                "select count(*) from choice c join offering o on o.id = c.offering_id"
                        + " where o.code = ? and c.made_by = 'DEFAULT_RULE'",
                Integer.class,
                offeringCode);
    }
}
