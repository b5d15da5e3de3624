package se.kundval.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.perf.PerfDatabase;
import se.kundval.perf.SyntheticData;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.Option;

/**
 * Search benchmark, not part of the test suite (the class name matches no test pattern). Uses the
 * synthetic municipality of the requested size in the performance database (generating it and
 * building the index when it is not there yet), warms up, then reports p50/p95/p99 of exactly
 * what the result list asks the catalogue for on each change of the filters: the facet counts with
 * the total, and the first page of 20 cards. Run:
 *
 * <pre>./mvnw test -Dtest=CatalogueSearchBenchmark -Dsynthetic.size=10k -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Figures and how to read them: docs/performance.md.
 */
@IntegrationTest(properties = {PerfDatabase.DATABASE, PerfDatabase.INDEX})
class CatalogueSearchBenchmark {

    private static final String[] TEXTS = {
        "",
        "",
        "",
        "",
        "demens",
        "hemtjänst",
        "språket",
        "trädgård",
        "musik",
        "sjuksköterska",
        "natt",
        "finska",
        "demensvård",
        "promenader",
        "Trygga",
        "Solrosen omsorg",
        "kontaktperson",
        "snickeri",
        "autism",
        "helger"
    };
    private static final List<String> LANGS = List.of("fi", "ar", "fa", "so", "bs", "ti", "es", "pl", "tr", "en");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void run() throws Exception {
        SyntheticData.Size size = SyntheticData.Size.named(System.getProperty("synthetic.size", "10k"));
        int queries = Integer.getInteger("bench.queries", 2_000);
        Long existing = jdbc.queryForObject("select count(*) from offering where code like 'SYN-%'", Long.class);
        if (existing == null || existing != size.offerings()) {
            SyntheticData.Result generated = new SyntheticData(jdbc).generate(size, Long.getLong("synthetic.seed", 1));
            System.out.printf("BENCH generated: %s%n", generated);
            long started = System.nanoTime();
            org.hibernate.search.mapper.orm.Search.mapping(
                            context.getBean(jakarta.persistence.EntityManagerFactory.class))
                    .scope(Offering.class)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .startAndWait();
            System.out.printf("BENCH mass indexing: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        }
        long listed = catalogue.serviceTypes().stream()
                .mapToLong(ServiceTypeSummary::approvedProviders)
                .sum();
        List<String> types =
                catalogue.serviceTypes().stream().map(ServiceTypeSummary::code).toList();
        List<String> areas = catalogue.areas().stream().map(Option::code).toList();
        List<String> specialisations = catalogue.specialisations(Locale.ROOT).stream()
                .map(Option::code)
                .toList();
        Random random = new Random(42);
        Locale sv = Locale.of("sv", "SE");
        for (int i = 0; i < Integer.getInteger("bench.warmup", 2_000); i++) {
            OfferingQuery q = query(types, random, areas, specialisations);
            catalogue.facets(q);
            catalogue.find(q, 0, 20, sv);
        }
        long[] total = new long[queries];
        long[] facets = new long[queries];
        long[] page = new long[queries];
        long matches = 0;
        for (int i = 0; i < queries; i++) {
            OfferingQuery q = query(types, random, areas, specialisations);
            long t0 = System.nanoTime();
            matches += catalogue.facets(q).total();
            long t1 = System.nanoTime();
            catalogue.find(q, 0, 20, sv);
            long t2 = System.nanoTime();
            facets[i] = t1 - t0;
            page[i] = t2 - t1;
            total[i] = t2 - t0;
        }
        System.out.printf(
                "BENCH size %s: %d offerings in the database, %d approved accreditations; on average %d"
                        + " matches per query%n",
                size.name(),
                jdbc.queryForObject("select count(*) from offering", Long.class),
                listed,
                matches / queries);
        report("facets + total (index only)", facets);
        report("first page, 20 cards", page);
        report("result list (both)", total);
    }

    private static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        int n = nanos.length;
        System.out.printf(
                "BENCH %-30s %d queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                what, n, nanos[n / 2] / 1e6, nanos[(int) (n * 0.95)] / 1e6, nanos[(int) (n * 0.99)] / 1e6);
    }

    /** A visitor's query: most open a service type with no text, some narrow by area, language, text. */
    private static OfferingQuery query(List<String> types, Random random, List<String> areas, List<String> specs) {
        String type = random.nextBoolean() ? types.getFirst() : types.get(random.nextInt(types.size()));
        String text = TEXTS[random.nextInt(TEXTS.length)];
        String area = random.nextBoolean() ? areas.get(random.nextInt(areas.size())) : null;
        Set<String> langs = random.nextInt(4) == 0 ? Set.of(LANGS.get(random.nextInt(LANGS.size()))) : Set.of();
        Set<String> spec = random.nextInt(8) == 0 ? Set.of(specs.get(random.nextInt(specs.size()))) : Set.of();
        OfferingSort sort = switch (random.nextInt(8)) {
            case 0, 1 -> OfferingSort.NAME;
            case 2 -> OfferingSort.QUALITY;
            case 3 -> OfferingSort.DISTANCE;
            default -> OfferingSort.NEUTRAL;
        };
        return new OfferingQuery(type, text, area, langs, spec, null, random.nextInt(3) == 0, sort, random.nextInt(16));
    }
}
