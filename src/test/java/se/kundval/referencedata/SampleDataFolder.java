package se.kundval.referencedata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private copy of providers-data (its reference data and its demo content) that a test may break
 * or edit.
 */
public final class SampleDataFolder {

    private final List<Path> folders;

    private SampleDataFolder(List<Path> folders) {
        this.folders = folders;
    }

    /** The sample municipality's reference data of this checkout. */
    public static Path reference() {
        return Path.of(System.getProperty("kundval.providers-data", "providers-data/reference"))
                .toAbsolutePath();
    }

    /** The demo content of this checkout (fictional providers, listings, residents, accounts). */
    public static Path demo() {
        return Path.of(System.getProperty("kundval.demo.data", "providers-data/demo"))
                .toAbsolutePath();
    }

    /** The whole sample municipality as the demo imports it: reference data, then demo content. */
    public static List<Path> original() {
        return List.of(reference(), demo());
    }

    public static SampleDataFolder copyInto(Path tempDir) {
        List<Path> copies = new ArrayList<>();
        for (Path original : original()) {
            Path copy = tempDir.resolve(original.getFileName());
            try (Stream<Path> files = Files.list(original)) {
                Files.createDirectories(copy);
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            copies.add(copy);
        }
        return new SampleDataFolder(List.copyOf(copies));
    }

    public List<Path> folders() {
        return folders;
    }

    /**
     * Replaces the first occurrence of a text in a file (the first copy of that file holding it)
     * and returns the 1-based line it is on.
     */
    public int replaceFirst(String file, String text, String replacement) {
        try {
            for (Path folder : folders) {
                Path path = folder.resolve(file);
                if (!Files.isRegularFile(path)) {
                    continue;
                }
                String content = Files.readString(path, StandardCharsets.UTF_8);
                int at = content.indexOf(text);
                if (at < 0) {
                    continue;
                }
                Files.writeString(
                        path,
                        content.substring(0, at) + replacement + content.substring(at + text.length()),
                        StandardCharsets.UTF_8);
                return (int) content.substring(0, at)
                                .chars()
                                .filter(c -> c == '\n')
                                .count()
                        + 1;
            }
            throw new IllegalArgumentException(text + " is not in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> lines(String file) {
        try {
            return Files.readAllLines(only(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void append(String file, String text) {
        try {
            Files.writeString(only(file), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path only(String file) {
        List<Path> present = folders.stream()
                .map(folder -> folder.resolve(file))
                .filter(Files::isRegularFile)
                .toList();
        if (present.size() != 1) {
            throw new IllegalArgumentException(file + " is in " + present.size() + " of the sample folders");
        }
        return present.getFirst();
    }
}
