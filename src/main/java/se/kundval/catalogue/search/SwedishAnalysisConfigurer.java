package se.kundval.catalogue.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

import se.kundval.shared.SearchAnalyzers;

/**
 * Swedish-aware search. Stemming makes inflections match (språket ↔ språk), folding after
 * stemming makes "hemtjanst" find "hemtjänst", and an edge n-gram field lets a word find the
 * compounds it starts ("demens" → "demensvård", "demenssjukdom").
 * {@link SwedishOpenSearchAnalysisConfigurer} defines the same names for the opensearch profile:
 * change both together.
 */
public class SwedishAnalysisConfigurer implements LuceneAnalysisConfigurer {

    public static final String SWEDISH = SearchAnalyzers.SWEDISH;
    public static final String SWEDISH_PREFIX = SearchAnalyzers.SWEDISH_PREFIX;
    public static final String SORT = SearchAnalyzers.SORT;

    /**
     * "finsktalande", "arabiskspråkig" mean the language: cut the ending so they meet the language's
     * name ("finska") after stemming. Only after a language-like stem (-sk, -sch, -ni, -ja), so
     * ordinary words ending in "talande" keep their meaning.
     */
    public static final String SPEAKING_PATTERN =
            "^(\\p{L}+(?:sk|sch|ni|ja))(talande|talare|talarna|språkiga|språkigt|språkig|sprakiga|sprakigt|sprakig)$";

    public static final String SPEAKING_REPLACEMENT = "$1";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SWEDISH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", "org/apache/lucene/analysis/snowball/swedish_stop.txt")
                .param("format", "snowball")
                .param("ignoreCase", "true")
                .tokenFilter("patternReplace")
                .param("pattern", SPEAKING_PATTERN)
                .param("replacement", SPEAKING_REPLACEMENT)
                .param("replace", "all")
                // Snowball cuts "demens" to "dem"; keep a few domain words whole.
                .tokenFilter("stemmerOverride")
                .param("dictionary", "search/stem-overrides.txt")
                .tokenFilter("snowballPorter")
                .param("language", "Swedish")
                .tokenFilter("asciiFolding");
        context.analyzer(SWEDISH_PREFIX)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", "org/apache/lucene/analysis/snowball/swedish_stop.txt")
                .param("format", "snowball")
                .param("ignoreCase", "true")
                .tokenFilter("patternReplace")
                .param("pattern", SPEAKING_PATTERN)
                .param("replacement", SPEAKING_REPLACEMENT)
                .param("replace", "all")
                .tokenFilter("stemmerOverride")
                .param("dictionary", "search/stem-overrides.txt")
                .tokenFilter("snowballPorter")
                .param("language", "Swedish")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram")
                .param("minGramSize", "4")
                .param("maxGramSize", "20")
                .param("preserveOriginal", "true");
        // Sorting: å, ä, ö come after z in Swedish; map them past 'z' before lower-casing.
        context.normalizer(SORT)
                .custom()
                .charFilter("patternReplace")
                .param("pattern", "[åÅ]")
                .param("replacement", "{")
                .charFilter("patternReplace")
                .param("pattern", "[äÄæÆ]")
                .param("replacement", "|")
                .charFilter("patternReplace")
                .param("pattern", "[öÖøØ]")
                .param("replacement", "}")
                .tokenFilter("lowercase");
    }
}
