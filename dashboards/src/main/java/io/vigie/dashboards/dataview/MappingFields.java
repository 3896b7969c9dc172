package io.vigie.dashboards.dataview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Flattens an Elasticsearch mapping ({@code properties} tree, multi-fields included) into dotted field names. */
public final class MappingFields {
    private MappingFields() {
    }

    /**
     * @param mappingsOrTemplate an index template ({@code template.mappings}), a {@code mappings} object or a
     *                           {@code properties} holder
     * @return field name to type family; types we do not chart on (object, nested, ...) are skipped
     */
    public static Map<String, FieldType> of(JsonNode mappingsOrTemplate) {
        JsonNode root = mappingsOrTemplate;
        if (root.has("template")) {
            root = root.path("template");
        }
        if (root.has("mappings")) {
            root = root.path("mappings");
        }
        Map<String, FieldType> out = new LinkedHashMap<>();
        walk("", root.path("properties"), out);
        return out;
    }

    private static void walk(String prefix, JsonNode properties, Map<String, FieldType> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = prefix + e.getKey();
            JsonNode def = e.getValue();
            if (def.has("properties")) {
                walk(name + ".", def.path("properties"), out);
            }
            if (def.has("type")) {
                try {
                    out.put(name, FieldType.ofMapping(def.path("type").asText()));
                } catch (IllegalArgumentException unsupported) {
                    // object/nested/flattened...: not something a panel aggregates on directly.
                }
            }
            if (def.has("fields")) {
                walk(name + ".", def.path("fields"), out);
            }
        }
    }
}
