package se.kundval.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The Swedish stop words the search analyzer drops ("och", "i", "med"). The search counts the
 * visitor's words to rank and to require most of them; a word the index never holds must not count.
 */
final class SwedishStopWords {

    /** The same Snowball list the analyzer loads (see the catalogue's search configuration). */
    private static final String LIST = "org/apache/lucene/analysis/snowball/swedish_stop.txt";

    private static final Set<String> WORDS = load();

    private SwedishStopWords() {}

    static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = SwedishStopWords.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                return words;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                // Snowball format: words separated by white space, "|" starts a comment.
                int comment = line.indexOf('|');
                String content = comment >= 0 ? line.substring(0, comment) : line;
                for (String w : content.strip().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
