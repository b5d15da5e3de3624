package se.kundval.shared;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers its file and line, so every validation message can say where the
 * problem is. Only the node graph is built (no Java objects from YAML tags), which also keeps the
 * reader safe from YAML deserialisation tricks.
 */
public final class YamlNode {

    private final String file;
    private final Node node;
    private final String path;

    private YamlNode(String file, Node node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    /** Reads a file; a syntax error becomes a {@link ReferenceDataException} with its line. */
    public static YamlNode read(Path path) {
        String name = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            throw new ReferenceDataException(name, 0, null, "the file is missing");
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                throw new ReferenceDataException(name, 1, null, "the file is empty");
            }
            return new YamlNode(name, root, "");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ReferenceDataException(name, line, null, "not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new ReferenceDataException(name, 0, null, "cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof ReferenceDataException r) {
                throw r;
            }
            throw new ReferenceDataException(name, 0, null, "not valid YAML: " + e.getMessage());
        }
    }

    public String file() {
        return file;
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    public ReferenceDataException error(String field, String problem) {
        return new ReferenceDataException(file, line(), qualified(field), problem);
    }

    private String qualified(String field) {
        if (field == null) {
            return path.isEmpty() ? null : path;
        }
        return path.isEmpty() ? field : path + "." + field;
    }

    private Map<String, Node> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw new ReferenceDataException(file, line(), qualified(null), "expected a mapping (key: value)");
        }
        Map<String, Node> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ReferenceDataException(file, line(), qualified(null), "keys must be plain words");
            }
            map.put(key.getValue(), tuple.getValueNode());
        }
        return map;
    }

    /** Fails on keys this format does not know, so a misspelt field is not silently ignored. */
    public YamlNode allowOnly(Set<String> keys) {
        for (Map.Entry<String, Node> e : entries().entrySet()) {
            if (!keys.contains(e.getKey())) {
                throw new ReferenceDataException(
                        file,
                        e.getValue().getStartMark().getLine() + 1,
                        qualified(e.getKey()),
                        "unknown field; expected one of "
                                + keys.stream().sorted().toList());
            }
        }
        return this;
    }

    public Optional<YamlNode> optional(String field) {
        Node child = entries().get(field);
        if (child == null || isNull(child)) {
            return Optional.empty();
        }
        return Optional.of(new YamlNode(file, child, qualified(field)));
    }

    public YamlNode required(String field) {
        return optional(field).orElseThrow(() -> error(field, "is required"));
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s
                && ("null".equals(s.getValue())
                        || "~".equals(s.getValue())
                        || (s.getValue().isEmpty()
                                && s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN));
    }

    public List<YamlNode> list(String field) {
        Optional<YamlNode> child = optional(field);
        if (child.isEmpty()) {
            return List.of();
        }
        if (!(child.get().node instanceof SequenceNode seq)) {
            throw child.get().error(null, "expected a list");
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            items.add(new YamlNode(file, seq.getValue().get(i), qualified(field) + "[" + (i + 1) + "]"));
        }
        return items;
    }

    public String scalar() {
        if (!(node instanceof ScalarNode s)) {
            throw error(null, "expected a single value");
        }
        return s.getValue().strip();
    }

    public String string(String field) {
        String value = required(field).scalar();
        if (value.isEmpty()) {
            throw error(field, "must not be empty");
        }
        return value;
    }

    public Optional<String> optionalString(String field) {
        return optional(field).map(YamlNode::scalar).filter(s -> !s.isEmpty());
    }

    public String string(String field, int maxLength) {
        String value = string(field);
        if (value.length() > maxLength) {
            throw error(field, "is " + value.length() + " characters; at most " + maxLength + " allowed");
        }
        return value;
    }

    public int integer(String field, int min, int max) {
        YamlNode child = required(field);
        try {
            int value = Integer.parseInt(child.scalar());
            if (value < min || value > max) {
                throw child.error(null, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw child.error(null, "must be a whole number");
        }
    }

    public BigDecimal decimal(String field, BigDecimal min, BigDecimal max) {
        YamlNode child = required(field);
        try {
            BigDecimal value = new BigDecimal(child.scalar().replace(',', '.'));
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw child.error(null, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw child.error(null, "must be a number");
        }
    }

    public boolean bool(String field) {
        YamlNode child = required(field);
        return switch (child.scalar().toLowerCase()) {
            case "true", "yes", "ja" -> true;
            case "false", "no", "nej" -> false;
            default -> throw child.error(null, "must be true or false");
        };
    }

    public LocalDate date(String field) {
        YamlNode child = required(field);
        try {
            return LocalDate.parse(child.scalar());
        } catch (DateTimeParseException e) {
            throw child.error(null, "must be a date like 2026-03-01");
        }
    }

    public Optional<LocalDate> optionalDate(String field) {
        return optional(field).isPresent() ? Optional.of(date(field)) : Optional.empty();
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        YamlNode child = required(field);
        String value = child.scalar();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        List<String> allowed =
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw child.error(null, "'" + value + "' is not one of " + allowed);
    }

    /** A list of plain values, e.g. [sv, fi]. */
    public List<String> strings(String field) {
        return list(field).stream().map(YamlNode::scalar).toList();
    }

    /** A map from language code to text, e.g. {sv: Hemtjänst, en: Home care}. */
    public Map<String, String> texts(String field) {
        YamlNode child = required(field);
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : child.entries().entrySet()) {
            if (!e.getKey().matches("[a-z]{2,3}")) {
                throw new ReferenceDataException(
                        file,
                        e.getValue().getStartMark().getLine() + 1,
                        child.qualified(e.getKey()),
                        "not a language code (ISO 639-1, e.g. sv, en, fi)");
            }
            String text = new YamlNode(file, e.getValue(), child.qualified(e.getKey())).scalar();
            if (!text.isEmpty()) {
                texts.put(e.getKey(), text);
            }
        }
        if (!texts.containsKey("sv")) {
            throw child.error("sv", "a Swedish text is required");
        }
        return texts;
    }

    public Optional<Map<String, String>> optionalTexts(String field) {
        return optional(field).isPresent() ? Optional.of(texts(field)) : Optional.empty();
    }
}
