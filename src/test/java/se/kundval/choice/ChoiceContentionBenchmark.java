package se.kundval.choice;

import static org.assertj.core.api.Assertions.assertThat;

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
import se.kundval.identity.Personnummer;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;

/**
 * Choice contention benchmark, not part of the suite (the class name matches no test pattern):
 * 200 residents confirm at the same moment, (a) all the same offering with 10 places, (b) spread
 * over 50 offerings with places to spare. Reports the accepted count (must equal the places),
 * p50/p95/p99 latency of a confirmation and throughput; a warm-up round is not counted. Run:
 *
 * <pre>./mvnw test -Dtest=ChoiceContentionBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Figures: docs/performance.md.
 */
// A database of its own: the search benchmark's (up to 100,000 offerings) would be re-indexed at start.
@IntegrationTest(
        properties = {
            "kundval.db.embedded.database=kundval_contention",
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/contention-index",
            "spring.jpa.properties.hibernate.generate_statistics=true"
        })
class ChoiceContentionBenchmark {

    private static final int RESIDENTS = Integer.getInteger("bench.residents", 200);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    @Autowired
    ChoiceService choiceService;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    CatalogueTestData catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    jakarta.persistence.EntityManagerFactory emf;

    @Test
    void run() throws Exception {
        String type = catalogue.serviceType(Delivery.HOME);
        round(type, 1, 10, false);
        round(type, 50, 10, false);
        List<Long> one = new ArrayList<>();
        List<Long> spread = new ArrayList<>();
        long oneWall = 0;
        long spreadWall = 0;
        for (int r = 0; r < ROUNDS; r++) {
            Round a = round(type, 1, 10, true);
            one.addAll(a.latencies());
            oneWall += a.wallNanos();
            Round b = round(type, 50, 10, true);
            spread.addAll(b.latencies());
            spreadWall += b.wallNanos();
        }
        sequential(type);
        report("one offering, 10 places", one, oneWall);
        report("50 offerings, places to spare", spread, spreadWall);
    }

    /** The same confirmation one at a time: what a confirmation costs without contention. */
    private void sequential(String type) {
        List<Long> nanos = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < RESIDENTS; i++) {
            String code = catalogue
                    .anOffering()
                    .ofType(type)
                    .by("Ensam " + i)
                    .summary("Text.")
                    .create();
            Personnummer p = ChoiceTestData.newPersonnummer();
            long entitlement = residents.residentWithEntitlement(p, "BOO", type);
            ChoiceTestData.logInAs(p);
            long t = System.nanoTime();
            choiceService.choose(entitlement, code);
            nanos.add(System.nanoTime() - t);
            SecurityContextHolder.clearContext();
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "BENCH one at a time (no contention): %d confirmations: p50 %.1f ms, p95 %.1f ms%n",
                sorted.length, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6);
    }

    private record Round(List<Long> latencies, long wallNanos) {}

    /** One burst of confirmations; checks that exactly the available places were taken. */
    private Round round(String type, int offerings, int places, boolean counted) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < offerings; i++) {
            String code = catalogue
                    .anOffering()
                    .ofType(type)
                    .by("Konkurrens " + i)
                    .summary("Text.")
                    .create();
            jdbc.update("update offering set capacity = ? where code = ?", places, code);
            codes.add(code);
        }
        List<Personnummer> people = new ArrayList<>();
        List<Long> entitlements = new ArrayList<>();
        for (int i = 0; i < RESIDENTS; i++) {
            Personnummer p = ChoiceTestData.newPersonnummer();
            people.add(p);
            entitlements.add(residents.residentWithEntitlement(p, "BOO", type));
        }
        ExecutorService pool = Executors.newFixedThreadPool(RESIDENTS);
        CountDownLatch ready = new CountDownLatch(RESIDENTS);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<Future<Boolean>> results = new ArrayList<>();
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < RESIDENTS; i++) {
            Personnummer p = people.get(i);
            long entitlement = entitlements.get(i);
            String code = codes.get(i % codes.size());
            results.add(pool.submit(() -> {
                ChoiceTestData.logInAs(p);
                ready.countDown();
                start.await();
                long t = System.nanoTime();
                try {
                    choiceService.choose(entitlement, code);
                    return true;
                } catch (ChoiceRefusedException e) {
                    refusals.add(e.reason().name());
                    return false;
                } finally {
                    latencies.add(System.nanoTime() - t);
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        ready.await();
        org.hibernate.stat.Statistics statistics =
                emf.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        long statementsBefore = statistics.getPrepareStatementCount();
        long began = System.nanoTime();
        start.countDown();
        int accepted = 0;
        for (Future<Boolean> f : results) {
            accepted += f.get(5, TimeUnit.MINUTES) ? 1 : 0;
        }
        long wall = System.nanoTime() - began;
        long statements = statistics.getPrepareStatementCount() - statementsBefore;
        pool.shutdown();
        int capacity = Math.min(RESIDENTS, offerings * places);
        int stored = 0;
        for (String code : codes) {
            stored += jdbc.queryForObject(
                    "select count(*) from choice c join offering o on o.id = c.offering_id"
                            + " where o.code = ? and c.status in ('ACTIVE', 'PENDING')",
                    Integer.class,
                    code);
            assertThat(jdbc.queryForObject(
                            "select count(*) from choice c join offering o on o.id = c.offering_id"
                                    + " where o.code = ?",
                            Integer.class,
                            code))
                    .isLessThanOrEqualTo(places);
        }
        assertThat(accepted)
                .as("accepted; refusals: %s", refusals.stream().distinct().toList())
                .isEqualTo(capacity);
        assertThat(stored).isEqualTo(capacity);
        if (counted) {
            System.out.printf(
                    "BENCH round: %d concurrent, %d offering(s) x %d places: %d accepted, %d stored, wall %.0f ms,"
                            + " %.1f SQL statements per confirmation%n",
                    RESIDENTS, offerings, places, accepted, stored, wall / 1e6, statements / (double) RESIDENTS);
        }
        return new Round(new ArrayList<>(latencies), wall);
    }

    private static void report(String what, List<Long> nanos, long wallNanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        System.out.printf(
                "BENCH %s: %d confirmations in %d bursts of %d: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        + " throughput %.0f confirmations/s%n",
                what,
                n,
                ROUNDS,
                RESIDENTS,
                sorted[n / 2] / 1e6,
                sorted[(int) (n * 0.95)] / 1e6,
                sorted[(int) (n * 0.99)] / 1e6,
                n / (wallNanos / 1e9));
    }
}
