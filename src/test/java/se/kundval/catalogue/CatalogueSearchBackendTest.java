package se.kundval.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;

/**
 * Without the opensearch profile the app keeps its local Lucene index and writes nothing to the
 * outbox tables, although the Elasticsearch backend and outbox-polling are on the classpath too.
 */
@IntegrationTest
class CatalogueSearchBackendTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    CatalogueTestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDefaultRunSearchesALocalLuceneIndexWithoutAnOutbox() {
        Backend backend = Search.mapping(entityManagerFactory).backend();
        assertThat(backend.unwrap(LuceneBackend.class)).isNotNull();
        assertThatThrownBy(() -> backend.unwrap(ElasticsearchBackend.class)).isInstanceOf(SearchException.class);

        long outboxBefore = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
        data.anOffering()
                .ofType(data.serviceType(Delivery.HOME))
                .by("Utan utkorg")
                .summary("Text.")
                .create();
        assertThat(jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class))
                .isEqualTo(outboxBefore);
        assertThat(jdbc.queryForObject("select count(*) from hsearch_agent", Long.class))
                .isZero();
    }
}
