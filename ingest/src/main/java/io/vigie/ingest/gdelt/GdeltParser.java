package io.vigie.ingest.gdelt;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.model.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a GDELT DOC 2.0 {@code mode=ArtList&format=json} answer. */
public final class GdeltParser {
    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    private GdeltParser() {
    }

    /**
     * @return the articles with a usable URL, in answer order (an empty answer gives an empty list)
     * @throws GdeltParseException when the body is not the expected JSON, with GDELT's own text
     */
    public static List<GdeltArticle> parse(byte[] body) throws GdeltParseException {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (!text.startsWith("{")) {
            String firstLine = text.lines().findFirst().orElse("");
            throw new GdeltParseException("not a GDELT JSON answer: "
                    + (firstLine.length() > 160 ? firstLine.substring(0, 160) + "..." : firstLine));
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new GdeltParseException("malformed GDELT JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode articles = root.path("articles");
        if (!articles.isArray()) {
            return List.of();
        }
        List<GdeltArticle> out = new ArrayList<>();
        for (JsonNode a : articles) {
            String url = textOrNull(a, "url");
            if (url == null) {
                continue;
            }
            String domain = textOrNull(a, "domain");
            out.add(new GdeltArticle(url, textOrNull(a, "title"), seenAt(textOrNull(a, "seendate")),
                    domain == null ? null : domain.toLowerCase(Locale.ROOT),
                    GdeltNames.language(textOrNull(a, "language")), GdeltNames.country(textOrNull(a, "sourcecountry"))));
        }
        return out;
    }

    static Instant seenAt(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, SEEN).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            return null;
        }
        return v.asText().strip();
    }
}
