package io.vigie.report.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Lenient reads of document fields: a field of an unexpected shape reads as absent, never throws. */
final class JsonFields {
    private JsonFields() {
    }

    static JsonNode path(JsonNode doc, String dotted) {
        JsonNode direct = doc.get(dotted);
        if (direct != null) {
            return direct;
        }
        JsonNode node = doc;
        for (String part : dotted.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    static String text(JsonNode doc, String field) {
        JsonNode n = path(doc, field);
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText();
        return s.isBlank() ? null : s;
    }

    static Double number(JsonNode doc, String field) {
        JsonNode n = path(doc, field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isTextual()) {
            try {
                return Double.parseDouble(n.asText());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Boolean bool(JsonNode doc, String field) {
        JsonNode n = path(doc, field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isTextual() && ("true".equals(n.asText()) || "false".equals(n.asText()))) {
            return Boolean.parseBoolean(n.asText());
        }
        return null;
    }

    static Instant instant(JsonNode doc, String field) {
        String s = text(doc, field);
        if (s == null) {
            JsonNode n = path(doc, field);
            return n != null && n.isNumber() ? Instant.ofEpochMilli(n.longValue()) : null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A string, an array of strings, or an array of objects with a {@code name}. */
    static List<String> strings(JsonNode doc, String field) {
        JsonNode n = path(doc, field);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isTextual()) {
            addIfText(out, n);
        } else if (n.isArray()) {
            for (JsonNode e : n) {
                if (e.isTextual()) {
                    addIfText(out, e);
                } else if (e.isObject() && e.get("name") != null) {
                    addIfText(out, e.get("name"));
                }
            }
        }
        return out;
    }

    /** First sentence-like text of the fields tried in order. */
    static String firstText(JsonNode doc, String... fields) {
        for (String field : fields) {
            JsonNode n = path(doc, field);
            if (n == null || n.isNull()) {
                continue;
            }
            if (n.isTextual() && !n.asText().isBlank()) {
                return n.asText();
            }
            if (n.isArray()) {
                for (JsonNode e : n) {
                    if (e.isTextual() && !e.asText().isBlank()) {
                        return e.asText();
                    }
                    String inner = e.isObject() ? firstText(e, "sentence", "text") : null;
                    if (inner != null) {
                        return inner;
                    }
                }
            }
            if (n.isObject()) {
                String inner = firstText(n, "sentence", "text");
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static void addIfText(List<String> out, JsonNode n) {
        if (!n.asText().isBlank()) {
            out.add(n.asText());
        }
    }
}
