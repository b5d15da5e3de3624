package se.kundval.catalogue;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundval.identity.Luhn;

/**
 * Search benchmark, not part of the test suite (the class name matches no test pattern). Loads a
 * synthetic catalogue of N offerings into its own database, indexes it, and reports p50/p95/p99 of
 * the exact search + facet query the result list runs. Run:
 *
 * <pre>./mvnw test -Dtest=CatalogueSearchBenchmark -Dbench.offerings=10000 -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Figures and how to read them: docs/performance.md.
 */
@SpringBootTest(properties = {"kundval.db.embedded.database=kundval_bench",
        "spring.jpa.properties.hibernate.search.backend.directory.root=target/bench-index"})
class CatalogueSearchBenchmark {

    private static final String[] WORDS = ("demens omvårdnad trygghet språk finska arabiska persiska somaliska "
            + "natt kväll helg kontinuitet sjuksköterska arbetsterapeut trädgård musik hund katt promenad matlagning "
            + "städning tvätt inköp ledsagning dusch medicin rehabilitering stroke diabetes parkinson psykiatri "
            + "autism adhd hantverk snickeri data café bageri kör skapande natur djur gemenskap").split(" ");
    private static final String[] QUERIES = {"", "", "demens", "hemtjanst", "språket", "trädgård", "musik", "sjuksköterska",
            "natt", "finska", "demensvård", "promenad", "katt"};
    private static final List<String> LANGS = List.of("fi", "ar", "fa", "so", "bs", "ti", "es", "pl", "tr", "en");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    EntityManagerFactory emf;

    @Test
    void run() throws Exception {
        int size = Integer.getInteger("bench.offerings", 10_000);
        int queries = Integer.getInteger("bench.queries", 1_000);
        List<String> areas = jdbc.queryForList("select code from area order by code", String.class);
        List<Long> specs = jdbc.queryForList("select id from specialisation order by id", Long.class);
        List<Long> areaIds = jdbc.queryForList("select id from area order by code", Long.class);
        String type = "BENCH_HEMTJANST";
        Long existing = jdbc.queryForObject("select count(*) from offering o join service_type st on st.id = o.service_type_id"
                + " where st.code = ?", Long.class, type);
        if (existing == null || existing != size) {
            generate(type, size, areaIds, specs);
            long started = System.nanoTime();
            Search.mapping(emf).scope(Offering.class).massIndexer().threadsToLoadObjects(2).startAndWait();
            System.out.printf("BENCH mass indexing of all offerings (%d synthetic): %d ms%n", size,
                    (System.nanoTime() - started) / 1_000_000);
        }
        Random random = new Random(42);
        Locale sv = Locale.of("sv", "SE");
        for (int i = 0; i < 200; i++) { // warm-up
            catalogue.find(query(type, random, areas), 0, 20, sv);
        }
        long[] total = new long[queries];
        long[] facets = new long[queries];
        long[] page = new long[queries];
        for (int i = 0; i < queries; i++) {
            OfferingQuery q = query(type, random, areas);
            long t0 = System.nanoTime();
            catalogue.facets(q);
            long t1 = System.nanoTime();
            catalogue.find(q, 0, 20, sv);
            long t2 = System.nanoTime();
            facets[i] = t1 - t0;
            page[i] = t2 - t1;
            total[i] = t2 - t0;
        }
        report("index query: text + filters + 5 facets + total count (Lucene only)", size, facets);
        report("result page: text + filters + sort, 20 cards loaded from MariaDB", size, page);
        report("both, as the list page runs them", size, total);
    }

    private static void report(String what, int size, long[] nanos) {
        Arrays.sort(nanos);
        int n = nanos.length;
        System.out.printf("BENCH %s over %d offerings, %d queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                what, size, n, nanos[n / 2] / 1e6, nanos[(int) (n * 0.95)] / 1e6, nanos[(int) (n * 0.99)] / 1e6);
    }

    private static OfferingQuery query(String type, Random random, List<String> areas) {
        String text = QUERIES[random.nextInt(QUERIES.length)];
        String area = random.nextBoolean() ? areas.get(random.nextInt(areas.size())) : null;
        Set<String> langs = random.nextInt(4) == 0 ? Set.of(LANGS.get(random.nextInt(LANGS.size()))) : Set.of();
        return new OfferingQuery(type, text, area, langs, Set.of(), null, random.nextInt(3) == 0,
                random.nextInt(4) == 0 ? OfferingSort.NAME : OfferingSort.NEUTRAL, random.nextInt(16));
    }

    private void generate(String type, int size, List<Long> areaIds, List<Long> specs) {
        long started = System.nanoTime();
        jdbc.update("delete ot from offering_text ot join offering o on o.id = ot.offering_id where o.code like 'BENCH-%'");
        jdbc.update("delete ol from offering_language ol join offering o on o.id = ol.offering_id where o.code like 'BENCH-%'");
        jdbc.update("delete oa from offering_area oa join offering o on o.id = oa.offering_id where o.code like 'BENCH-%'");
        jdbc.update("delete os from offering_specialisation os join offering o on o.id = os.offering_id where o.code like 'BENCH-%'");
        jdbc.update("delete from offering where code like 'BENCH-%'");
        jdbc.update("delete a from accreditation_event a join accreditation c on c.id = a.accreditation_id"
                + " join provider p on p.id = c.provider_id where p.name like 'Bench %'");
        jdbc.update("delete c from accreditation c join provider p on p.id = c.provider_id where p.name like 'Bench %'");
        jdbc.update("delete from provider where name like 'Bench %'");
        jdbc.update("insert ignore into service_type (code, name_sv, description_sv, scope_unit, delivery, choice_deadline_days,"
                + " notice_period_days, first_contact_working_days, sort_order, default_rule, default_rule_explanation_sv, origin)"
                + " values (?, 'Benchmark', 'Syntetisk', 'HOURS_PER_MONTH', 'HOME', 14, 10, 3, 999, 'ROTATION', 'Turordning', 'PORTAL')",
                type);
        Long typeId = jdbc.queryForObject("select id from service_type where code = ?", Long.class, type);
        Random random = new Random(7);
        int providers = Math.max(1, size / 2);
        List<Object[]> providerRows = new ArrayList<>();
        for (int p = 0; p < providers; p++) {
            String nine = String.format("558%06d", p);
            providerRows.add(new Object[] {nine.substring(0, 6) + "-" + nine.substring(6) + Luhn.checkDigit(nine),
                    "Bench " + WORDS[random.nextInt(WORDS.length)] + " omsorg " + p,
                    random.nextInt(10) == 0 ? "COOPERATIVE" : "PRIVATE"});
        }
        jdbc.batchUpdate("insert into provider (orgnr, name, provider_type, origin) values (?, ?, ?, 'PORTAL')", providerRows);
        jdbc.update("insert into accreditation (provider_id, service_type_id, status, valid_from, decided_on, origin)"
                + " select id, ?, 'APPROVED', '2024-01-01', '2024-01-01', 'PORTAL' from provider where name like 'Bench %'", typeId);
        List<Object[]> offeringRows = new ArrayList<>();
        List<Long[]> accreditations = jdbc.query("select c.id, c.provider_id from accreditation c join provider p"
                + " on p.id = c.provider_id where p.name like 'Bench %' order by c.id",
                (rs, i) -> new Long[] {rs.getLong(1), rs.getLong(2)});
        for (int i = 0; i < size; i++) {
            Long[] acc = accreditations.get(i % accreditations.size());
            offeringRows.add(new Object[] {"BENCH-" + i, acc[1], typeId, acc[0], 10 + random.nextInt(200),
                    random.nextInt(5) != 0});
        }
        jdbc.batchUpdate("insert into offering (code, provider_id, service_type_id, accreditation_id, capacity,"
                + " takes_new_customers, origin, last_confirmed) values (?, ?, ?, ?, ?, ?, 'PORTAL', '2026-10-01')", offeringRows);
        List<Long> ids = jdbc.queryForList("select id from offering where code like 'BENCH-%' order by id", Long.class);
        List<Object[]> texts = new ArrayList<>();
        List<Object[]> langs = new ArrayList<>();
        List<Object[]> areaRows = new ArrayList<>();
        List<Object[]> specRows = new ArrayList<>();
        for (Long id : ids) {
            texts.add(new Object[] {id, sentence(random, 12), sentence(random, 60)});
            langs.add(new Object[] {id, "sv"});
            langs.add(new Object[] {id, LANGS.get(random.nextInt(LANGS.size()))});
            int a1 = random.nextInt(areaIds.size());
            int a2 = (a1 + 1 + random.nextInt(areaIds.size() - 1)) % areaIds.size();
            areaRows.add(new Object[] {id, areaIds.get(a1)});
            areaRows.add(new Object[] {id, areaIds.get(a2)});
            specRows.add(new Object[] {id, specs.get(random.nextInt(specs.size()))});
        }
        jdbc.batchUpdate("insert into offering_text (offering_id, lang, summary, description) values (?, 'sv', ?, ?)", texts);
        jdbc.batchUpdate("insert ignore into offering_language (offering_id, lang) values (?, ?)", langs);
        jdbc.batchUpdate("insert ignore into offering_area (offering_id, area_id) values (?, ?)", areaRows);
        jdbc.batchUpdate("insert ignore into offering_specialisation (offering_id, specialisation_id) values (?, ?)", specRows);
        System.out.printf("BENCH generated %d offerings for %d providers in %d ms%n", size, providers,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String sentence(Random random, int words) {
        StringBuilder sb = new StringBuilder("Vi erbjuder");
        for (int i = 0; i < words; i++) {
            sb.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.append('.').toString();
    }
}
