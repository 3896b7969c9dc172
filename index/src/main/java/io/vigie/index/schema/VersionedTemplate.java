package io.vigie.index.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.model.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Set;

/**
 * A composable index template kept as a versioned JSON resource. Its top-level {@code version}
 * and {@code _meta.version} must agree: the installer compares the former, humans read the latter.
 */
public final class VersionedTemplate {
    public static final String MENTIONS_RESOURCE = "/elasticsearch/vigie-mentions.template.json";
    public static final String DAILY_RESOURCE = "/elasticsearch/vigie-daily.template.json";

    private final String name;
    private final ObjectNode body;
    private final long version;

    VersionedTemplate(String name, ObjectNode body) {
        this.name = Objects.requireNonNull(name, "name");
        this.body = body;
        JsonNode version = body.get("version");
        JsonNode metaVersion = body.path("_meta").get("version");
        if (version == null || !version.canConvertToLong() || metaVersion == null
                || metaVersion.asLong() != version.asLong()) {
            throw new IllegalStateException("template " + name + " needs equal integer version and _meta.version");
        }
        this.version = version.asLong();
    }

    /** The mentions template shipped with this build, without language-specific sub-fields. */
    public static VersionedTemplate mentions() {
        return load(IndexNames.TEMPLATE_NAME, MENTIONS_RESOURCE);
    }

    /** The mentions template with the language sub-fields the cluster's analyzers allow. */
    public static VersionedTemplate mentions(Set<String> availableAnalyzers) {
        VersionedTemplate base = mentions();
        return new VersionedTemplate(base.name, LanguageSubfields.apply(base.body, availableAnalyzers));
    }

    /** The daily aggregates template shipped with this build. */
    public static VersionedTemplate daily() {
        return load(IndexNames.DAILY_TEMPLATE_NAME, DAILY_RESOURCE);
    }

    static VersionedTemplate load(String name, String resource) {
        try (InputStream in = VersionedTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template resource " + resource);
            }
            return new VersionedTemplate(name, (ObjectNode) Json.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template resource " + resource, e);
        }
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }

    /**
     * Which variant of this version it is ({@code analyzers:english,french} or {@code analyzers:none}): a
     * cluster that gains or loses analysis plugins gets the matching variant re-installed at the same version.
     */
    public String variant() {
        return body.path("_meta").path("variant").asText("");
    }

    /**
     * The body to install, with the operator's shard and replica counts; they are recorded in
     * {@code _meta} so that changing them re-installs the template even at the same version.
     */
    public String body(int shards, int replicas) {
        ObjectNode copy = body.deepCopy();
        ObjectNode index = (ObjectNode) copy.with("template").with("settings").with("index");
        index.put("number_of_shards", shards);
        index.put("number_of_replicas", replicas);
        ObjectNode meta = (ObjectNode) copy.with("_meta");
        meta.put("shards", shards);
        meta.put("replicas", replicas);
        return copy.toString();
    }

    /** Field names mapped at the top level of the mentions mapping, for checks and tests. */
    public JsonNode mappingProperties() {
        return body.path("template").path("mappings").path("properties");
    }
}
