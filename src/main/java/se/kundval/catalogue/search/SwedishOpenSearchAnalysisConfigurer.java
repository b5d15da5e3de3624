package se.kundval.catalogue.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The OpenSearch/Elasticsearch twin of {@link SwedishAnalysisConfigurer} (profile "opensearch"):
 * the same analyzer and normalizer names, so the mapping in {@code Offering} and {@code Provider}
 * stays backend-neutral, and the same chain built from the cluster's own components. Both use
 * Lucene's Snowball Swedish stemmer and Swedish stop list underneath, so a word form that finds a
 * listing on one backend finds it on the other.
 */
public class SwedishOpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    static final String STEM_OVERRIDES = "search/stem-overrides.txt";

    private static final String STOP = "kundval_swedish_stop";
    private static final String OVERRIDES = "kundval_swedish_overrides";
    private static final String SNOWBALL = "kundval_swedish_snowball";
    private static final String PREFIXES = "kundval_prefixes";
    private static final String SPEAKING = "kundval_speaking";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        // "_swedish_" is the same Snowball list (swedish_stop.txt) that the Lucene configurer loads.
        context.tokenFilter(STOP).type("stop").param("stopwords", "_swedish_").param("ignore_case", true);
        // The cluster cannot read our classpath: the dictionary travels inline, as "word => stem" rules,
        // from the one file both backends use.
        context.tokenFilter(OVERRIDES).type("stemmer_override").param("rules", stemOverrideRules());
        context.tokenFilter(SPEAKING)
                .type("pattern_replace")
                .param("pattern", SwedishAnalysisConfigurer.SPEAKING_PATTERN)
                .param("replacement", SwedishAnalysisConfigurer.SPEAKING_REPLACEMENT)
                .param("all", true);
        context.tokenFilter(SNOWBALL).type("snowball").param("language", "Swedish");
        context.tokenFilter(PREFIXES)
                .type("edge_ngram")
                .param("min_gram", 4)
                .param("max_gram", 20)
                .param("preserve_original", true);

        context.analyzer(SwedishAnalysisConfigurer.SWEDISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", STOP, SPEAKING, OVERRIDES, SNOWBALL, "asciifolding");
        context.analyzer(SwedishAnalysisConfigurer.SWEDISH_PREFIX)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", STOP, SPEAKING, OVERRIDES, SNOWBALL, "asciifolding", PREFIXES);

        // Sorting: å, ä, ö come after z in Swedish; map them past 'z' before lower-casing.
        context.charFilter("kundval_sort_a_ring")
                .type("pattern_replace")
                .param("pattern", "[åÅ]")
                .param("replacement", "{");
        context.charFilter("kundval_sort_a_diaeresis")
                .type("pattern_replace")
                .param("pattern", "[äÄæÆ]")
                .param("replacement", "|");
        context.charFilter("kundval_sort_o_diaeresis")
                .type("pattern_replace")
                .param("pattern", "[öÖøØ]")
                .param("replacement", "}");
        context.normalizer(SwedishAnalysisConfigurer.SORT)
                .custom()
                .charFilters("kundval_sort_a_ring", "kundval_sort_a_diaeresis", "kundval_sort_o_diaeresis")
                .tokenFilters("lowercase");
    }

    /** The stemmer-override dictionary (tab-separated "word stem" lines) as OpenSearch rules. */
    static String[] stemOverrideRules() {
        List<String> rules = new ArrayList<>();
        try (InputStream in =
                SwedishOpenSearchAnalysisConfigurer.class.getClassLoader().getResourceAsStream(STEM_OVERRIDES)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + STEM_OVERRIDES + " on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue; // a comment, as Lucene's StemmerOverrideFilterFactory reads the file
                }
                String[] parts = line.strip().split("\t");
                if (parts.length == 2 && !parts[0].isBlank()) {
                    rules.add(parts[0].strip() + " => " + parts[1].strip());
                } else if (!line.isBlank()) {
                    throw new IllegalStateException(STEM_OVERRIDES + ": not \"word<TAB>stem\": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules.toArray(String[]::new);
    }
}
