package se.kundval.catalogue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the search index from MariaDB at start-up (the index is recreated empty at every start,
 * see application.properties), before the providers-data import runs. Day to day, Hibernate
 * Search keeps it in step with every committed change.
 */
@Component
@Order(5)
class SearchIndexInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

    @PersistenceContext
    private EntityManager entityManager;

    private final OfferingRepository offerings;

    SearchIndexInitializer(OfferingRepository offerings) {
        this.offerings = offerings;
    }

    @Override
    @Transactional(readOnly = true)
    public void run(ApplicationArguments args) throws InterruptedException {
        SearchSession session = Search.session(entityManager);
        long indexed = session.search(Offering.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long stored = offerings.count();
        if (indexed != stored) {
            long started = System.nanoTime();
            session.massIndexer(Offering.class).threadsToLoadObjects(2).startAndWait();
            log.info("Search index rebuilt for {} offerings in {} ms", stored, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
