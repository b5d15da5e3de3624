package se.kundval.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.ChoiceTestData;
import se.kundval.identity.Personnummer;
import se.kundval.register.Delivery;
import se.kundval.shared.CuttableProxy;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.Unavailability;

/**
 * The database goes away while residents browse and choose, and comes back. Its own database on
 * the test server, reached through a proxy the test cuts: visitors get "tillfälligt otillgänglig"
 * (HTTP 503) within the pool's few seconds instead of the old 30 s wait and an error page, the node
 * is not ready meanwhile, no choice is half written, and everything works again without a restart.
 */
@IntegrationTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // Its own index: the shared test index belongs to the other tests' database.
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/test-index-outage",
            "spring.datasource.username=root",
            "spring.datasource.password="
        })
class DatabaseOutageTest {

    private static CuttableProxy proxy;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws IOException {
        // The server the other tests use (the same data directory), with a database of its own.
        String dataDir = System.getenv().getOrDefault("KUNDVAL_DB_DIR", "target/test-db");
        String direct = EmbeddedMariaDb.start(dataDir, 0, "kundval_outage");
        int databasePort = Integer.parseInt(direct.replaceAll(".*:(\\d+)/.*", "$1"));
        proxy = new CuttableProxy("127.0.0.1", databasePort);
        registry.add("spring.datasource.url", () -> "jdbc:mariadb://127.0.0.1:" + proxy.port() + "/kundval_outage");
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ChoiceService choices;

    @Autowired
    CatalogueTestData catalogue;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void visitorsAreToldItIsTemporaryTheNodeIsNotReadyNothingIsHalfWrittenAndItRecoversByItself() throws Exception {
        String type = catalogue.serviceType(Delivery.HOME);
        String offering =
                catalogue.anOffering().ofType(type).by("Avbrott " + type).create();
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        proxy.cut();

        long started = System.nanoTime();
        HttpResponse<String> page = get("/");
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Kundval är tillfälligt otillgänglig").doesNotContain("Exception");
        // The pool's old default made every visitor wait 30 s; now it is the configured few seconds.
        assertThat(waitedMillis).as("ms before the visitor got an answer").isLessThan(20_000);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        ChoiceTestData.logInAs(p);
        assertThatThrownBy(() -> choices.choose(entitlement, offering))
                .satisfies(e -> assertThat(Unavailability.isDatabaseUnavailable(e))
                        .as("classified as an outage: %s", e)
                        .isTrue());

        proxy.restore();

        assertThat(eventually(() -> get("/actuator/health/readiness").statusCode()))
                .isEqualTo(200);
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from choice where entitlement_id = ?", Integer.class, entitlement))
                .as("nothing of the failed choice was written")
                .isZero();
        ChoiceTestData.logInAs(p);
        assertThat(choices.choose(entitlement, offering).reference()).isNotBlank();
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the value is 200, for at most half a minute (the pool reconnects on its own). */
    private static int eventually(Supplier<Integer> status) throws InterruptedException {
        int last = status.get();
        for (int i = 0; i < 60 && last != 200; i++) {
            Thread.sleep(500);
            last = status.get();
        }
        return last;
    }
}
