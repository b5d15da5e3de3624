package se.kundval.catalogue.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.kundval.catalogue.Offering;

/**
 * The local search index lives in a directory of this node. If that directory disappears while
 * the node runs (a cleanup job, a full disk, an operator's mistake), searches and edits would fail
 * from then on: the node reports itself not ready (health group "readiness", so a load balancer
 * sends visitors elsewhere) and rebuilds the index from MariaDB, then reports ready again.
 */
@Component("searchIndex")
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.backend.type", havingValue = "lucene")
class SearchIndexHealth implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexHealth.class);

    @PersistenceContext
    private EntityManager entityManager;

    private final Path offeringIndex;
    private volatile boolean rebuilding;

    SearchIndexHealth(@Value("${spring.jpa.properties.hibernate.search.backend.directory.root}") String root) {
        this.offeringIndex = Path.of(root).resolve(Offering.class.getSimpleName());
    }

    @Override
    public Health health() {
        if (rebuilding) {
            return Health.outOfService().withDetail("index", "rebuilding").build();
        }
        return Files.isDirectory(offeringIndex)
                ? Health.up().build()
                : Health.down().withDetail("index", "missing").build();
    }

    /** Looks for the index directory and rebuilds the index when it has gone. */
    @Scheduled(
            fixedDelayString = "${kundval.search.check-interval:PT30S}",
            initialDelayString = "${kundval.search.check-interval:PT30S}")
    public void checkAndRepair() {
        if (Files.isDirectory(offeringIndex) || rebuilding) {
            return;
        }
        rebuilding = true;
        long started = System.nanoTime();
        try {
            log.warn("Search index directory {} is gone: not ready, rebuilding from the database", offeringIndex);
            Files.createDirectories(offeringIndex);
            // The open index writer held a lock file that went with the directory: its first commit
            // fails, after which Hibernate Search drops it and opens a fresh writer on the new
            // directory. So a failed first round is expected; a third means something else is wrong.
            for (int attempt = 1; ; attempt++) {
                try {
                    Search.mapping(entityManager.getEntityManagerFactory())
                            .scope(Offering.class)
                            .massIndexer()
                            .threadsToLoadObjects(2)
                            .purgeAllOnStart(true)
                            .startAndWait();
                    break;
                } catch (SearchException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                    log.info("Search index writer reopened after the loss ({})", e.getMessage());
                }
            }
            log.info("Search index rebuilt in {} ms: ready again", (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            log.error("Could not recreate the search index directory {}", offeringIndex, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            rebuilding = false;
        }
    }
}
