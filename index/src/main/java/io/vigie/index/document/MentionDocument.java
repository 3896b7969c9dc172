package io.vigie.index.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vigie.model.json.Json;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * One Elasticsearch document: its id (the mention id, so that re-delivery overwrites), the month
 * whose index it belongs to, and its snake_case fields.
 *
 * @param id        document id = mention id
 * @param timestamp the document's {@code @timestamp}
 * @param month     the month index it goes to
 * @param version   external version (enrichment time in epoch millis), so that an older
 *                  enrichment retried late never overwrites a newer one; null when unknown
 * @param fields    the document body, insertion-ordered
 */
public record MentionDocument(String id, Instant timestamp, YearMonth month, Long version,
                              Map<String, Object> fields) {

    public MentionDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(month, "month");
        fields = Collections.unmodifiableMap(Objects.requireNonNull(fields, "fields"));
    }

    /** The body as JSON, with Vigie's one JSON configuration (ISO-8601 instants, no nulls). */
    public byte[] toJson() {
        try {
            return Json.mapper().writeValueAsBytes(fields);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("cannot serialise document " + id + ": " + e.getOriginalMessage(), e);
        }
    }
}
