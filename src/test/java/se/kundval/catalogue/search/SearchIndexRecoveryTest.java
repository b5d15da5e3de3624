package se.kundval.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.CatalogueTestData;
import se.kundval.catalogue.OfferingQuery;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;

/** The local search index directory is deleted while the node runs: not ready, rebuilt, ready, searchable. */
@IntegrationTest(properties = "spring.jpa.properties.hibernate.search.backend.directory.root=target/test-index-lost")
class SearchIndexRecoveryTest {

    @Autowired
    SearchIndexHealth health;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CatalogueTestData data;

    @Test
    void aDeletedIndexMakesTheNodeNotReadyAndIsRebuiltFromTheDatabase() throws IOException {
        String type = data.serviceType(Delivery.HOME);
        data.anOffering().ofType(type).by("Före " + type).create();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        deleteRecursively(Path.of("target/test-index-lost"));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

        health.checkAndRepair();

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(names(type)).containsExactly("Före " + type);
        // And the rebuilt index takes new listings as before.
        data.anOffering().ofType(type).by("Efter " + type).create();
        assertThat(names(type)).containsExactlyInAnyOrder("Före " + type, "Efter " + type);
    }

    private java.util.List<String> names(String type) {
        return catalogue.find(OfferingQuery.all(type, 0), 0, 50, Locale.of("sv")).stream()
                .map(c -> c.providerName())
                .toList();
    }

    /**
     * Deletes the index as a lost disk would. Lucene may still be flushing in the background, so a
     * temporary file can vanish (or appear) while walking: try again until the folder is gone.
     */
    private static void deleteRecursively(Path root) throws IOException {
        for (int attempt = 0; Files.exists(root) && attempt < 20; attempt++) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (java.nio.file.NoSuchFileException
                    | java.nio.file.DirectoryNotEmptyException
                    | java.io.UncheckedIOException raced) {
                // Changed under our feet: walk again.
            }
        }
        assertThat(root).doesNotExist();
    }
}
