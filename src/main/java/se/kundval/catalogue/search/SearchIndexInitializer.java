package se.kundval.catalogue.search;

import java.time.Duration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.catalogue.Offering;
import se.kundval.catalogue.internal.OfferingRepository;

/**
 * Brings the search index in step with MariaDB at start-up, before the providers-data import runs.
 * Day to day, Hibernate Search keeps it in step with every committed change.
 * <p>
 * A local Lucene index is recreated empty at every start (see application.properties), so it is
 * filled here. A shared index (profile "opensearch", several nodes) outlives the nodes: it is
 * filled only when it is new or its document count still differs from the database's after the
 * outbox has had {@code kundval.search.settle-timeout} to deliver changes other nodes committed.
 */
@Component
@Order(5)
class SearchIndexInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

    @PersistenceContext
    private EntityManager entityManager;

    private final OfferingRepository offerings;
    private final boolean sharedIndex;
    private final Duration settleTimeout;

    SearchIndexInitializer(
            OfferingRepository offerings,
            @Value("${kundval.search.shared-index:false}") boolean sharedIndex,
            @Value("${kundval.search.settle-timeout:PT10S}") Duration settleTimeout) {
        this.offerings = offerings;
        this.sharedIndex = sharedIndex;
        this.settleTimeout = settleTimeout;
    }

    // READ COMMITTED: the shared-index wait below counts again and must see other nodes' commits.
    @Override
    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public void run(ApplicationArguments args) throws InterruptedException {
        SearchSession session = Search.session(entityManager);
        long indexed = indexed(session);
        long stored = offerings.count();
        if (indexed == stored) {
            return;
        }
        if (!sharedIndex) {
            rebuild(session, stored, true);
            return;
        }
        // With outbox-polling, another node's committed change reaches the index a moment later,
        // so a difference at start is usually just that. An empty index is new: fill it at once.
        long deadline = System.nanoTime() + settleTimeout.toNanos();
        while (indexed != stored && indexed > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            indexed = indexed(session);
            stored = offerings.count();
        }
        if (indexed == stored) {
            return;
        }
        log.info("Shared search index holds {} offerings, the database {}: re-indexing all", indexed, stored);
        // No purge: every document is overwritten in place, so the other nodes keep answering from
        // the documents already there. Hibernate Search pauses the outbox event processors of all
        // nodes while this runs. Two nodes starting at once may both do it: the same documents
        // twice, the same result.
        rebuild(session, stored, false);
        long after = indexed(session);
        if (after > offerings.count()) {
            log.warn(
                    "Shared search index holds {} offerings, more than the database (restored from a backup?)."
                            + " Delete the index in OpenSearch and restart one node to rebuild it.",
                    after);
        }
    }

    private static long indexed(SearchSession session) {
        return session.search(Offering.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    private static void rebuild(SearchSession session, long stored, boolean purge) throws InterruptedException {
        long started = System.nanoTime();
        session.massIndexer(Offering.class)
                .threadsToLoadObjects(2)
                .purgeAllOnStart(purge)
                .startAndWait();
        log.info("Search index rebuilt for {} offerings in {} ms", stored, (System.nanoTime() - started) / 1_000_000);
    }
}
