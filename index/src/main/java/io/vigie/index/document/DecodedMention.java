package io.vigie.index.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.model.EnrichedMention;
import java.util.Map;
import java.util.Objects;

/**
 * An enriched event as read from Kafka.
 *
 * @param event      the fields this version of Vigie knows
 * @param extensions top-level event fields from a newer schema, kept verbatim so they reach
 *                   Elasticsearch's {@code _source} and a later template version can map them
 */
public record DecodedMention(EnrichedMention event, Map<String, JsonNode> extensions) {
    public DecodedMention {
        Objects.requireNonNull(event, "event");
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }
}
