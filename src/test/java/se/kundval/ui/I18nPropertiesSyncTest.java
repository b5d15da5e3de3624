package se.kundval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every portal language has every text (UX.md: "Every text lives in the resource bundles, in every
 * portal language"). A key missing from one bundle shows as "!key" to the people using that
 * language, and an empty value shows as nothing at all: both are caught here, before a person sees
 * them. Reads the files in src/main/resources, so a new bundle (a third language) is checked too.
 */
class I18nPropertiesSyncTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyBundleHasTheSameKeys() throws IOException {
        Map<String, Properties> bundles = bundles();
        assertThat(bundles)
                .as("the Swedish default and at least one more language")
                .hasSizeGreaterThan(1);

        Set<String> allKeys = new TreeSet<>();
        bundles.values().forEach(p -> allKeys.addAll(p.stringPropertyNames()));

        for (Map.Entry<String, Properties> bundle : bundles.entrySet()) {
            Set<String> missing = new TreeSet<>(allKeys);
            missing.removeAll(bundle.getValue().stringPropertyNames());
            assertThat(missing)
                    .as("keys that other bundles have but %s lacks", bundle.getKey())
                    .isEmpty();
        }
    }

    @Test
    void noBundleHasAnEmptyText() throws IOException {
        for (Map.Entry<String, Properties> bundle : bundles().entrySet()) {
            Set<String> empty = bundle.getValue().stringPropertyNames().stream()
                    .filter(key -> bundle.getValue().getProperty(key).isBlank())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(empty)
                    .as("keys with an empty text in %s", bundle.getKey())
                    .isEmpty();
        }
    }

    /** messages.properties, messages_en.properties, ... read as UTF-8, as the portal reads them. */
    static Map<String, Properties> bundles() throws IOException {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (Path file : files.filter(
                            f -> f.getFileName().toString().matches("messages(_[A-Za-z_]+)?\\.properties"))
                    .sorted()
                    .toList()) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                bundles.put(file.getFileName().toString(), properties);
            }
        }
        return bundles;
    }
}
