package io.vigie.app.sources;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vigie.app.config.ConfigException;
import io.vigie.ingest.source.SourceDefinition;
import io.vigie.ingest.source.Sources;
import io.vigie.model.SourceTier;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a source registry YAML file (the built-in one or the user's) into {@link Sources}, and
 * reports every bad entry with its position rather than stopping at the first.
 */
public final class SourceRegistry {
    public static final String BUILTIN = "builtin";
    private static final String BUILTIN_RESOURCE = "/sources/builtin-sources.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SourceRegistry() {
    }

    /** @param location {@value #BUILTIN} or a path to a registry file */
    public static Sources load(String location) {
        if (BUILTIN.equals(location)) {
            try (InputStream in = SourceRegistry.class.getResourceAsStream(BUILTIN_RESOURCE)) {
                return parse(in, "built-in registry");
            } catch (IOException e) {
                throw new ConfigException(List.of("built-in source registry unreadable: " + e.getMessage()));
            }
        }
        Path file = Path.of(location);
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(List.of("ingest.sources: file " + file + " does not exist"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new ConfigException(List.of("ingest.sources: cannot read " + file + ": " + e.getMessage()));
        }
    }

    static Sources parse(InputStream in, String origin) {
        RegistryFile registry;
        try {
            registry = YAML.readValue(in, RegistryFile.class);
        } catch (IOException e) {
            throw new ConfigException(List.of("source registry " + origin + " is invalid: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
        if (registry == null || registry.sources() == null || registry.sources().isEmpty()) {
            throw new ConfigException(List.of("source registry " + origin + " lists no sources"));
        }
        List<String> problems = new ArrayList<>();
        List<SourceDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < registry.sources().size(); i++) {
            Entry entry = registry.sources().get(i);
            try {
                definitions.add(entry.toDefinition());
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add("source registry " + origin + ", entry #" + (i + 1)
                        + (entry.id() == null ? "" : " (" + entry.id() + ")") + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        try {
            return new Sources(definitions);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(List.of("source registry " + origin + ": " + e.getMessage()));
        }
    }

    record RegistryFile(List<Entry> sources) {
    }

    record Entry(String id, String name, String kind, String url, String domain, String country, String language,
                 String tier, @JsonProperty("audience-weight") Double audienceWeight) {

        SourceDefinition toDefinition() {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("url is required");
            }
            URI uri;
            try {
                uri = URI.create(url.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("url is not a valid URI: " + url);
            }
            SourceTier parsedTier;
            try {
                parsedTier = tier == null ? null : SourceTier.fromCode(tier);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("tier '" + tier
                        + "' is not one of international, national, regional, local, social");
            }
            return new SourceDefinition(id, name, kind, uri, domain, country, language, parsedTier,
                    audienceWeight == null ? 1.0 : audienceWeight);
        }
    }
}
