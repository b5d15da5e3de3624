package se.kundval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * User-visible text comes from the resource bundles (getTranslation), never from a string literal
 * in Java: a literal shows Swedish to the English visitor and escapes the plain-language review of
 * the bundles. Scans the source under src/main/java for the ways a literal reaches the screen —
 * component constructors with a text, text and label setters, ARIA labels and titles — and fails
 * with file, line and the offending code. Literals without letters (" – ", ": ", "#") are fine.
 */
class NoHardCodedTextTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** A string literal holding at least one letter (Swedish letters included). */
    private static final String TEXT_LITERAL = "\"(?:[^\"\\\\]|\\\\.)*\\p{L}(?:[^\"\\\\]|\\\\.)*\"";

    /** Components whose first constructor argument is what people see. */
    private static final String TEXT_COMPONENTS = "Span|Div|Paragraph|H1|H2|H3|H4|H5|H6|Text|Button|NativeLabel"
            + "|ListItem|Emphasis|Strong|Details|Checkbox|TextField|TextArea|IntegerField|NumberField"
            + "|BigDecimalField|EmailField|PasswordField|DatePicker|ComboBox|MultiSelectComboBox|Select"
            + "|RadioButtonGroup|CheckboxGroup|Tab|RouterLink|SideNavItem|Upload|Card|Badge|Pre|Code";

    private static final List<Pattern> VISIBLE_TEXT = List.of(
            Pattern.compile("new (?:" + TEXT_COMPONENTS + ")(?:<[^>]*>)?\\(\\s*" + TEXT_LITERAL),
            // Anchor's first argument is the address; its second is the visible text.
            Pattern.compile("new Anchor\\([^,;]+,\\s*" + TEXT_LITERAL),
            // Not an HTTP response's headers (response.setHeader("Cache-Control", ...)): those are protocol.
            Pattern.compile("(?<!response)\\.(?:setText|setLabel|setHelperText|setPlaceholder|setAriaLabel|setTitle"
                    + "|setErrorMessage|setHeaderText|setConfirmText|setCancelText|setRejectText|setTooltipText"
                    + "|setHeader|setSummaryText|setEmptyStateText)\\(\\s*" + TEXT_LITERAL),
            Pattern.compile("Notification\\.show\\(\\s*" + TEXT_LITERAL),
            Pattern.compile("setAttribute\\(\\s*\"(?:aria-label|title|alt|placeholder)\",\\s*" + TEXT_LITERAL));

    @Test
    void javaCodeTakesUserVisibleTextFromTheBundles() throws IOException {
        List<String> findings = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                scanned++;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                        continue; // comments may quote the texts they explain
                    }
                    // Formatting breaks long calls after "(", so look at this line and the next.
                    String code =
                            i + 1 < lines.size() ? line + " " + lines.get(i + 1).strip() : line;
                    for (Pattern pattern : VISIBLE_TEXT) {
                        Matcher m = pattern.matcher(code);
                        if (m.find() && m.start() < line.length()) {
                            findings.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(scanned).as("Java files scanned under " + SOURCES).isGreaterThan(100);
        assertThat(findings)
                .as("user-visible text written into Java; put it in messages*.properties and use getTranslation")
                .isEmpty();
    }

    @Test
    void theCheckRecognisesHardCodedText() {
        // Guards the patterns themselves: a check that matches nothing would pass forever.
        assertThat(matches("add(new H1(\"Mina val\"));")).isTrue();
        assertThat(matches("title.setText(\"Välj utförare\");")).isTrue();
        assertThat(matches("new Anchor(\"/hjalp\", \"Hjälp\")")).isTrue();
        assertThat(matches("field.setLabel(\"Personnummer\");")).isTrue();
        assertThat(matches("getElement().setAttribute(\"aria-label\", \"Stäng\");"))
                .isTrue();

        assertThat(matches("add(new H1(getTranslation(\"mychoices.title\")));")).isFalse();
        assertThat(matches("new Anchor(\"oauth2/authorization/keycloak\", getTranslation(\"login.keycloak\"))"))
                .isFalse();
        assertThat(matches("new Span(\" – \")")).isFalse();
        assertThat(matches("span.setText(name + \", \" + town)")).isFalse();
    }

    private static boolean matches(String code) {
        return VISIBLE_TEXT.stream().anyMatch(p -> p.matcher(code).find());
    }
}
