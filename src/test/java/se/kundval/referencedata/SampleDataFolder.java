package se.kundval.referencedata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** A private copy of providers-data that a test may break or edit. */
public final class SampleDataFolder {

    private final Path dir;

    private SampleDataFolder(Path dir) {
        this.dir = dir;
    }

    /** The real sample municipality of this checkout. */
    public static Path original() {
        return Path.of(System.getProperty("kundval.providers-data", "providers-data"))
                .toAbsolutePath();
    }

    public static SampleDataFolder copyInto(Path tempDir) {
        try (Stream<Path> files = Files.list(original())) {
            for (Path file : files.toList()) {
                Files.copy(file, tempDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            return new SampleDataFolder(tempDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return dir;
    }

    /** Replaces the first occurrence of a text in a file and returns the 1-based line it is on. */
    public int replaceFirst(String file, String text, String replacement) {
        try {
            Path path = dir.resolve(file);
            String content = Files.readString(path, StandardCharsets.UTF_8);
            int at = content.indexOf(text);
            if (at < 0) {
                throw new IllegalArgumentException(text + " is not in " + file);
            }
            Files.writeString(
                    path,
                    content.substring(0, at) + replacement + content.substring(at + text.length()),
                    StandardCharsets.UTF_8);
            return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> lines(String file) {
        try {
            return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void append(String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
