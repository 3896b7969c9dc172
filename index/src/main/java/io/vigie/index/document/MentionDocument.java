package io.vigie.index.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vigie.model.json.Json;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
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

    /** The same document with one field set (e.g. the story id the grouping found). */
    public MentionDocument with(String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.put(field, value);
        return new MentionDocument(id, timestamp, month, version, copy);
    }

    /** A top-level string field, or null. */
    public String string(String field) {
        return fields.get(field) instanceof String s ? s : null;
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
