package se.kundval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The portal's own stylesheets parse as their authors meant: a brace lost in a merge silently moves
 * every later rule into the block before it (seen: the desk's rules inside the print block, so the
 * desk scrolled sideways on phones).
 */
class StylesheetTest {

    @Test
    void everyBlockIsClosedAndOnlyAtRulesHoldRules() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("frontend"))) {
            for (Path css : files.filter(p -> p.toString().endsWith(".css")).toList()) {
                String text = Files.readString(css).replaceAll("(?s)/\\*.*?\\*/", "");
                int depth = 0;
                // The at-rule each open block belongs to (null: an ordinary rule).
                List<Boolean> atRule = new ArrayList<>();
                StringBuilder prelude = new StringBuilder();
                for (char c : text.toCharArray()) {
                    if (c == '{') {
                        boolean isAt = prelude.toString().strip().startsWith("@");
                        if (depth > 0 && !atRule.get(depth - 1)) {
                            problems.add(css + ": a rule inside the rule before it, near '"
                                    + prelude.toString().strip() + "'");
                        }
                        atRule.add(isAt);
                        depth++;
                        prelude.setLength(0);
                    } else if (c == '}') {
                        depth--;
                        if (depth < 0) {
                            problems.add(css + ": a closing brace too many");
                            depth = 0;
                        } else {
                            atRule.remove(depth);
                        }
                        prelude.setLength(0);
                    } else if (c == ';') {
                        prelude.setLength(0);
                    } else {
                        prelude.append(c);
                    }
                }
                if (depth != 0) {
                    problems.add(css + ": " + depth + " block(s) never closed");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
