package io.vigie.index.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.model.EnrichedMention;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An enriched event as read from Kafka.
 *
 * @param event         the fields this version of Vigie knows
 * @param extensions    top-level event fields from a newer schema, kept verbatim so they reach
 *                      Elasticsearch's {@code _source} and a later template version can map them
 * @param invalidFields optional fields dropped because their value had the wrong type, each as
 *                      {@code path: reason} (e.g. {@code mention.published: not a date "yesterday"})
 */
public record DecodedMention(EnrichedMention event, Map<String, JsonNode> extensions, List<String> invalidFields) {
    public DecodedMention {
        Objects.requireNonNull(event, "event");
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        invalidFields = invalidFields == null ? List.of() : List.copyOf(invalidFields);
    }

    public DecodedMention(EnrichedMention event, Map<String, JsonNode> extensions) {
        this(event, extensions, List.of());
    }
}
