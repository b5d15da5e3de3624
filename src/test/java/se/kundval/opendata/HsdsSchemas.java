package se.kundval.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The official HSDS 3.0 JSON Schemas (src/test/resources/hsds, draft 2020-12, formats asserted),
 * and the same schemas with Kundval's profile applied as HSDS defines profiles: each profile file
 * (src/main/resources/hsds/profile) is a JSON Merge Patch (RFC 7386) over the HSDS file of the same
 * name. The files refer to each other by relative $ref, so each set lives under its own base IRI.
 */
final class HsdsSchemas {

    static final String HSDS = "https://hsds.test/3.0/";
    static final String PROFILE = "https://profile.test/kundval/";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private HsdsSchemas(SchemaRegistry registry) {
        this.registry = registry;
    }

    static HsdsSchemas load() {
        Map<String, String> documents = new HashMap<>();
        Map<String, String> hsds = read("classpath:hsds/schema/*.json");
        Map<String, String> compiled = read("classpath:hsds/schema/compiled/*.json");
        Map<String, String> profile = read("classpath:hsds/profile/*.json");
        hsds.forEach((name, text) -> {
            documents.put(HSDS + name, text);
            documents.put(PROFILE + name, profile.containsKey(name) ? merge(text, profile.get(name)) : text);
        });
        compiled.forEach((name, text) -> documents.put(HSDS + "compiled/" + name, text));
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        return new HsdsSchemas(SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(documents).schemaRegistryConfig(config)));
    }

    /** The file's errors against the schema at this IRI, each as "path: message". */
    List<String> errors(String iri, JsonNode instance) {
        Schema schema = schemas.computeIfAbsent(iri, i -> registry.getSchema(SchemaLocation.of(i)));
        return schema.validate(instance).stream()
                .filter(e -> !isExampleDomain(e))
                .map(Error::toString)
                .toList();
    }

    /**
     * The sample municipality's e-mail addresses and sites are on the reserved {@code .example}
     * domain (RFC 2606), which the validator's e-mail format check refuses because it is not a
     * delegated top-level domain. Only that one refusal is overlooked; every other format is asserted.
     */
    private static boolean isExampleDomain(Error error) {
        return "format".equals(error.getKeyword())
                && error.getInstanceNode() != null
                && error.getInstanceNode().isString()
                && error.getInstanceNode().asString().endsWith(".example");
    }

    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result =
                target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), mergePatch(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    static String merge(String target, String patch) {
        return mergePatch(JSON.readTree(target), JSON.readTree(patch)).toString();
    }

    static Map<String, String> read(String pattern) {
        Map<String, String> files = new HashMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = r.getInputStream()) {
                    files.put(r.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
