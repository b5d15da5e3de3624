package se.kundval.perf;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.catalogue.Offering;
import se.kundval.shared.IntegrationTest;

/**
 * The synthetic data command (not part of the suite: the class name matches no test pattern).
 * Fills the performance database with the sample municipality plus a synthetic one and builds the
 * search index, reporting how long each took:
 *
 * <pre>./mvnw test -Dtest=SyntheticDataCommand -Dsynthetic.size=10k -Dsynthetic.seed=1 -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Sizes: small, 10k, 100k (see {@link SyntheticData.Size}). The database is {@code kundval_perf}
 * on the tests' embedded MariaDB, or the one named by {@code KUNDVAL_DB_URL} — point the app at the
 * same URL to browse the synthetic municipality.
 */
@IntegrationTest(properties = {PerfDatabase.DATABASE, PerfDatabase.INDEX})
class SyntheticDataCommand {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory emf;

    @Test
    void generate() throws InterruptedException {
        SyntheticData.Size size = SyntheticData.Size.named(System.getProperty("synthetic.size", "small"));
        long seed = Long.getLong("synthetic.seed", 1);
        SyntheticData.Result result = new SyntheticData(jdbc).generate(size, seed);
        System.out.printf(
                "PERF generated size %s seed %d: %d providers, %d offerings, %d residents, %d entitlements,"
                        + " %d choices in %d ms%n",
                size.name(),
                seed,
                result.providers(),
                result.offerings(),
                result.residents(),
                result.entitlements(),
                result.choices(),
                result.millis());
        long started = System.nanoTime();
        Search.mapping(emf)
                .scope(Offering.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .startAndWait();
        Long offerings = jdbc.queryForObject("select count(*) from offering", Long.class);
        System.out.printf(
                "PERF mass indexing of %d offerings: %d ms%n", offerings, (System.nanoTime() - started) / 1_000_000);
        assertThat(jdbc.queryForObject("select count(*) from offering where code like 'SYN-%'", Long.class))
                .isEqualTo(size.offerings());
        // Never more choices holding a place than the offering has places.
        assertThat(jdbc.queryForObject(
                        "select count(*) from (select o.id from offering o join choice c"
                                + " on c.offering_id = o.id and c.status in ('ACTIVE', 'PENDING') group by o.id, o.capacity"
                                + " having count(*) > o.capacity) x",
                        Long.class))
                .isZero();
    }
}
