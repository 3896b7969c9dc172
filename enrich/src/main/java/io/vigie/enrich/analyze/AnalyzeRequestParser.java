package io.vigie.enrich.analyze;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.model.json.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parses one JSON input line; a bad line becomes a {@link LineError} naming the line and the reason. */
public final class AnalyzeRequestParser {
    private final int maxLineChars;

    public AnalyzeRequestParser(int maxLineChars) {
        this.maxLineChars = maxLineChars;
    }

    /** @throws LineError when the line is not a valid request */
    public AnalyzeRequest parse(int lineNumber, String line) {
        if (line.length() > maxLineChars) {
            throw new LineError(lineNumber, null, "line is " + line.length() + " characters, more than the "
                    + maxLineChars + " allowed");
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new LineError(lineNumber, null, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new LineError(lineNumber, null, "expected a JSON object");
        }
        String id = scalar(node, "id", lineNumber, null);
        try {
            if (id == null) {
                throw new IllegalArgumentException("missing id");
            }
            return new AnalyzeRequest(lineNumber, id, scalar(node, "title", lineNumber, id),
                    scalar(node, "text", lineNumber, id), scalar(node, "lang", lineNumber, id),
                    scalar(node, "url", lineNumber, id), instant(scalar(node, "published", lineNumber, id)),
                    scalar(node, "target", lineNumber, id), offset(node, "from"), offset(node, "to"));
        } catch (IllegalArgumentException e) {
            throw new LineError(lineNumber, id, e.getMessage());
        }
    }

    private static String scalar(JsonNode node, String field, int line, String id) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new LineError(line, id, "field '" + field + "' must be a string, got " + v.getNodeType());
        }
        return v.asText();
    }

    private static Integer offset(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("field '" + field + "' must be an integer character offset, got " + v);
        }
        return v.intValue();
    }

    /** ISO-8601 instant or offset date-time ("2025-03-01T08:00:00Z", "...+01:00"). */
    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field 'published' is not an ISO-8601 date-time: '" + value + "'");
        }
    }
}
