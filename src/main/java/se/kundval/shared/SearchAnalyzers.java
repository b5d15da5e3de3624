package se.kundval.shared;

/**
 * The names of the search analyzers, for mapping annotations in any module whose entities are
 * indexed (a provider's name is indexed inside the catalogue's offerings). The catalogue's search
 * configuration defines what each name does, for Lucene and OpenSearch alike.
 */
public final class SearchAnalyzers {

    /** Swedish full text: stop words, stemming, folded accents. */
    public static final String SWEDISH = "swedish";
    /** As {@link #SWEDISH}, plus edge n-grams at index time, so word beginnings match. */
    public static final String SWEDISH_PREFIX = "swedish_prefix";
    /** A normalizer for sorting by name in Swedish order. */
    public static final String SORT = "swedish_sort";

    private SearchAnalyzers() {}
}
