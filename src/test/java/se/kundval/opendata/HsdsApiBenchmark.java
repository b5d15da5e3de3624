package se.kundval.opendata;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Random;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.catalogue.Offering;
import se.kundval.perf.PerfDatabase;
import se.kundval.perf.SyntheticData;

/**
 * Open-data API benchmark, not part of the test suite (the class name matches no test pattern). On
 * the synthetic municipality of the requested size (generated when missing), over real HTTP: random
 * pages of {@code /services} (50 a page, summary and full), a repeated request answered 304, and
 * the whole {@code format=ndjson} export, with the SQL statements each costs. Run:
 *
 * <pre>./mvnw test -Dtest=HsdsApiBenchmark -Dsynthetic.size=10k -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Figures: docs/performance.md.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            PerfDatabase.DATABASE,
            PerfDatabase.INDEX,
            "kundval.opendata.rate-limit=100000000",
            "spring.jpa.properties.hibernate.generate_statistics=true"
        })
class HsdsApiBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void run() throws Exception {
        SyntheticData.Size size = SyntheticData.Size.named(System.getProperty("synthetic.size", "10k"));
        Long existing = jdbc.queryForObject("select count(*) from offering where code like 'SYN-%'", Long.class);
        if (existing == null || existing != size.offerings()) {
            System.out.printf(
                    "BENCH generated: %s%n", new SyntheticData(jdbc).generate(size, Long.getLong("synthetic.seed", 1)));
            Search.mapping(entityManagerFactory)
                    .scope(Offering.class)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .startAndWait();
        }
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        String base = "http://localhost:" + port + "/api/hsds/services";
        String first = get(base + "?per_page=50");
        long totalItems = Long.parseLong(first.replaceAll("(?s)^\\{\"total_items\":(\\d+).*", "$1"));
        int pages = (int) ((totalItems + 49) / 50);
        System.out.printf(
                "BENCH size %s: %d offerings in the database, %d listed services, %d pages of 50%n",
                size.name(), jdbc.queryForObject("select count(*) from offering", Long.class), totalItems, pages);

        int requests = Integer.getInteger("bench.requests", 300);
        Random random = new Random(42);
        for (int i = 0; i < requests / 3; i++) {
            get(base + "?per_page=50&page=" + (1 + random.nextInt(pages)));
        }
        for (String variant : new String[] {"", "&full=true"}) {
            long[] nanos = new long[requests];
            statistics.clear();
            for (int i = 0; i < requests; i++) {
                String url = base + "?per_page=50&page=" + (1 + random.nextInt(pages)) + variant;
                long t0 = System.nanoTime();
                get(url);
                nanos[i] = System.nanoTime() - t0;
            }
            report("/services page of 50" + variant, nanos, statistics.getPrepareStatementCount() / (double) requests);
        }

        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(base + "?per_page=50&page=2")).build(),
                HttpResponse.BodyHandlers.ofString());
        String etag = page.headers().firstValue("ETag").orElseThrow();
        long[] notModified = new long[requests];
        statistics.clear();
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            int status = http.send(
                            HttpRequest.newBuilder(URI.create(base + "?per_page=50&page=2"))
                                    .header("If-None-Match", etag)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            notModified[i] = System.nanoTime() - t0;
            if (status != 304) {
                throw new IllegalStateException("expected 304, got " + status);
            }
        }
        report(
                "repeat with If-None-Match (304)",
                notModified,
                statistics.getPrepareStatementCount() / (double) requests);

        for (String variant : new String[] {"", "&full=true"}) {
            for (int run = 1; run <= 3; run++) {
                statistics.clear();
                long t0 = System.nanoTime();
                long bytes = 0;
                long lines = 0;
                try (InputStream in = http.send(
                                HttpRequest.newBuilder(URI.create(base + "?format=ndjson" + variant))
                                        .build(),
                                HttpResponse.BodyHandlers.ofInputStream())
                        .body()) {
                    byte[] buffer = new byte[65_536];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        bytes += n;
                        for (int i = 0; i < n; i++) {
                            if (buffer[i] == '\n') {
                                lines++;
                            }
                        }
                    }
                }
                System.out.printf(
                        "BENCH ndjson export%s run %d: %d services, %.1f MB in %d ms, %d SQL statements%n",
                        variant,
                        run,
                        lines,
                        bytes / 1e6,
                        (System.nanoTime() - t0) / 1_000_000,
                        statistics.getPrepareStatementCount());
            }
        }
    }

    private String get(String url) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + response.statusCode());
        }
        return response.body();
    }

    private static void report(String what, long[] nanos, double statements) {
        Arrays.sort(nanos);
        int n = nanos.length;
        System.out.printf(
                "BENCH %-34s %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %.1f SQL statements each%n",
                what, n, nanos[n / 2] / 1e6, nanos[(int) (n * 0.95)] / 1e6, nanos[(int) (n * 0.99)] / 1e6, statements);
    }
}
