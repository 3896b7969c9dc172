package io.vigie.app.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads {@link VigieConfig}: built-in defaults, then an optional YAML file, then environment
 * variables, then validation. Every key of the defaults can be overridden by
 * {@code VIGIE_<PATH>} so that containers need no file at all.
 */
public final class ConfigLoader {
    private static final String DEFAULTS = "/vigie-defaults.yaml";
    private static final Map<String, String> WELL_KNOWN_ENV = Map.of(
            "KAFKA_BOOTSTRAP_SERVERS", "kafka.bootstrap-servers",
            "ELASTICSEARCH_URL", "elasticsearch.url",
            "ELASTICSEARCH_API_KEY", "elasticsearch.api-key",
            "ELASTICSEARCH_USERNAME", "elasticsearch.username",
            "ELASTICSEARCH_PASSWORD", "elasticsearch.password");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Map<String, String> env;

    public ConfigLoader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public static ConfigLoader fromSystemEnvironment() {
        return new ConfigLoader(System.getenv());
    }

    /** @param file a YAML file overriding the defaults, or null for defaults and environment only */
    public VigieConfig load(Path file) {
        ObjectNode tree = readDefaults();
        if (file != null) {
            merge(tree, readFile(file));
        }
        List<String> problems = new ArrayList<>();
        applyEnvironment(tree, "", problems);
        WELL_KNOWN_ENV.forEach((name, path) -> {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                set(tree, path, value);
            }
        });
        VigieConfig config = bind(tree, file, problems);
        if (config != null) {
            problems.addAll(ConfigValidator.problems(config));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return config;
    }

    private ObjectNode readDefaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            return (ObjectNode) yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("built-in defaults " + DEFAULTS + " unreadable", e);
        }
    }

    private JsonNode readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(List.of("config file " + file + " does not exist"));
        }
        try {
            JsonNode node = yaml.readTree(file.toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return yaml.createObjectNode();
            }
            if (!node.isObject()) {
                throw new ConfigException(List.of("config file " + file + " must be a YAML mapping"));
            }
            return node;
        } catch (IOException e) {
            throw new ConfigException(List.of("config file " + file + " is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
    }

    private static void merge(ObjectNode target, JsonNode overrides) {
        Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue().isObject()) {
                merge(existingObject, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private void applyEnvironment(ObjectNode node, String prefix, List<String> problems) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        fields.forEachRemaining(entries::add);
        for (Map.Entry<String, JsonNode> field : entries) {
            String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            if (field.getValue() instanceof ObjectNode child) {
                applyEnvironment(child, path, problems);
            } else {
                String value = env.get(envName(path));
                if (value != null && field.getValue().isArray()) {
                    // Lists come from the environment as comma-separated values.
                    ArrayNode list = node.putArray(field.getKey());
                    Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).forEach(list::add);
                } else if (value != null) {
                    node.put(field.getKey(), value);
                }
            }
        }
    }

    /** The environment variable that overrides a key path, e.g. ingest.poll-interval → VIGIE_INGEST_POLL_INTERVAL. */
    public static String envName(String path) {
        return "VIGIE_" + path.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static void set(ObjectNode tree, String path, String value) {
        String[] parts = path.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (ObjectNode) node.get(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }

    private VigieConfig bind(ObjectNode tree, Path file, List<String> problems) {
        try {
            return yaml.treeToValue(tree, VigieConfig.class);
        } catch (UnrecognizedPropertyException e) {
            problems.add("unknown key '" + pathOf(e) + "'" + (file == null ? "" : " in " + file)
                    + "; known keys here: " + e.getKnownPropertyIds());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add("bad value for '" + pathOf(e) + "'" + (file == null ? "" : " in " + file) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        return null;
    }

    private static String pathOf(Exception e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("");
        }
        return "";
    }
}
