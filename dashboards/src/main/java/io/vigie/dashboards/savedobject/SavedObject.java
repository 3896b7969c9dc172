package io.vigie.dashboards.savedobject;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of the NDJSON import file.
 *
 * <p>{@code typeMigrationVersion} is the version of the type's schema the attributes are written in. We write the
 * same (old) schema versions as Kibana's own bundled sample data, so Kibana 9.x runs its forward migrations on
 * import; claiming a newer version than the target knows would make the import fail.
 */
public record SavedObject(String type, String id, String typeMigrationVersion, ObjectNode attributes,
                          List<Reference> references) {

    /** Matches the core migration version Kibana's 9.x sample data is exported with. */
    public static final String CORE_MIGRATION_VERSION = "8.8.0";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,99}");

    public SavedObject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(typeMigrationVersion, "typeMigrationVersion");
        Objects.requireNonNull(attributes, "attributes");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("saved object id must match " + ID + ": " + id);
        }
        references = List.copyOf(references);
    }

    public String title() {
        return attributes.path("title").asText();
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonText.object();
        o.set("attributes", attributes);
        o.put("coreMigrationVersion", CORE_MIGRATION_VERSION);
        o.put("id", id);
        o.put("managed", false);
        ArrayNode refs = o.putArray("references");
        for (Reference r : references) {
            refs.addObject().put("id", r.id()).put("name", r.name()).put("type", r.type());
        }
        o.put("type", type);
        o.put("typeMigrationVersion", typeMigrationVersion);
        return o;
    }
}
