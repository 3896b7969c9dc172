package io.vigie.index.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.story.Fingerprint;
import io.vigie.model.EnrichedMention;
import io.vigie.model.GeoPoint;
import io.vigie.model.Place;
import io.vigie.model.Sentiment;
import io.vigie.model.Territory;
import io.vigie.model.TerritoryEntity;
import io.vigie.model.Transitions;
import io.vigie.model.LanguageGuess;
import io.vigie.model.RawMention;
import io.vigie.model.SourceRef;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps an enriched event to its Elasticsearch document. Pure: same event, same document, so that
 * re-delivery after a crash writes exactly what was written before.
 */
public final class MentionDocumentMapper {
    /** Published dates further ahead of first-seen than this are feed errors, not scoops. */
    static final Duration MAX_PUBLISHED_AHEAD = Duration.ofDays(2);
    private static final Instant EARLIEST_PLAUSIBLE = Instant.parse("1900-01-01T00:00:00Z");
    /**
     * Indexed text is capped: beyond this, an article is a scraped page dump, and searching its tail
     * is not worth the index size and the risk of hitting the bulk size limit. {@code text_length}
     * keeps the full length.
     */
    public static final int DEFAULT_MAX_TEXT_CHARS = 32_000;
    static final int MAX_TITLE_CHARS = 2_000;
    static final int MAX_DESCRIPTION_CHARS = 8_000;
    static final int MAX_EVIDENCE_CHARS = 1_000;
    /** BCP 47-ish codes; anything else (a sentence, a huge string) is not a language code. */
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");

    private final int maxTextChars;

    public MentionDocumentMapper() {
        this(DEFAULT_MAX_TEXT_CHARS);
    }

    public MentionDocumentMapper(int maxTextChars) {
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("maxTextChars must be >= 1, got " + maxTextChars);
        }
        this.maxTextChars = maxTextChars;
    }

    public MentionDocument map(DecodedMention decoded) {
        EnrichedMention event = decoded.event();
        RawMention m = event.mention();
        Instant timestamp = timestampOf(m);
        YearMonth month = IndexNames.monthOf(timestamp);
        IndexNames.monthAlias(month); // rejects years no index can hold, before Elasticsearch does

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@timestamp", timestamp);
        doc.put("id", m.id());
        put(doc, "url", m.url());
        doc.put("canonical_url", m.canonicalUrl());
        put(doc, "title", cap(m.title(), MAX_TITLE_CHARS));
        if (m.text() != null) {
            doc.put("text", cap(m.text(), maxTextChars));
            doc.put("text_length", m.text().length());
            if (m.text().length() > maxTextChars) {
                doc.put("text_truncated", true);
            }
        }
        put(doc, "description", cap(m.description(), MAX_DESCRIPTION_CHARS));
        LanguageGuess language = event.language();
        put(doc, "lang", languageCode(language.code()));
        if (Double.isFinite(language.confidence())) {
            doc.put("lang_confidence", (float) language.confidence());
        }
        put(doc, "lang_method", language.method());
        if (!m.languageHints().isEmpty()) {
            doc.put("language_hints", m.languageHints());
        }
        put(doc, "site_name", m.siteName());
        put(doc, "image", m.image());
        doc.put("source", source(m.source()));
        if (!m.authors().isEmpty()) {
            doc.put("authors", m.authors());
        }
        put(doc, "published", m.published());
        put(doc, "modified", m.modified());
        doc.put("first_seen", m.firstSeen());
        put(doc, "enriched_at", event.enrichedAt());
        doc.put("text_source", m.textSource().code());
        put(doc, "fingerprint", m.fingerprint());
        Fingerprint.parse(m.fingerprint()).filter(f -> !f.isEmpty())
                .ifPresent(f -> doc.put("fingerprint_bands", f.bandKeys()));
        doc.put("schema_version", event.schemaVersion());
        if (!decoded.invalidFields().isEmpty()) {
            // Paths only: the reasons quote third-party values and belong in logs and counters.
            doc.put("invalid_fields", decoded.invalidFields().stream()
                    .map(f -> f.substring(0, Math.max(0, f.indexOf(':'))).replaceAll("\\[\\d+]", ""))
                    .distinct().toList());
        }
        territory(doc, event.territory());
        sentiment(doc, event.sentiment());
        transitions(doc, event.transitions());
        if (event.storyId() != null && !event.storyId().isBlank()) {
            doc.put("story_id", event.storyId());
        }
        evidence(doc, event);

        // Newer annotation families: kept in _source (unindexed under dynamic:false) until a newer
        // template maps them; never allowed to shadow a field this version writes.
        decoded.extensions().forEach((name, value) -> doc.putIfAbsent(snakeCase(name), value));

        Instant enrichedAt = event.enrichedAt();
        Long version = enrichedAt == null || enrichedAt.isBefore(Instant.EPOCH) ? null : enrichedAt.toEpochMilli();
        return new MentionDocument(m.id(), timestamp, month, version, doc);
    }

    /**
     * Where a mention sits in time: its publication, unless absent or implausible (before 1900, or
     * days after we first saw it), then when we first saw it.
     */
    public static Instant timestampOf(RawMention m) {
        Instant published = m.published();
        if (published != null
                && !published.isBefore(EARLIEST_PLAUSIBLE)
                && !published.isAfter(m.firstSeen().plus(MAX_PUBLISHED_AHEAD))) {
            return published;
        }
        return m.firstSeen();
    }

    private static void territory(Map<String, Object> doc, Territory t) {
        if (t == null) {
            return;
        }
        doc.put("relevant", t.relevant());
        if (Double.isFinite(t.relevance())) {
            doc.put("relevance", (float) t.relevance());
        }
        List<Map<String, Object>> places = new ArrayList<>();
        for (Place p : t.places()) {
            if (p == null) {
                continue;
            }
            Map<String, Object> place = new LinkedHashMap<>();
            put(place, "name", p.name());
            put(place, "insee_code", p.inseeCode());
            place.put("mentions", p.mentions());
            GeoPoint at = p.location();
            if (at != null) {
                // The object form {lat, lon}: unambiguous, unlike the [lon, lat] array form.
                place.put("location", Map.of("lat", at.lat(), "lon", at.lon()));
            }
            places.add(place);
        }
        if (!places.isEmpty()) {
            doc.put("places", places);
        }
        List<Map<String, Object>> entities = new ArrayList<>();
        for (TerritoryEntity e : t.entities()) {
            if (e == null) {
                continue;
            }
            Map<String, Object> entity = new LinkedHashMap<>();
            put(entity, "name", e.name());
            put(entity, "type", e.type());
            put(entity, "insee_code", e.inseeCode());
            entity.put("mentions", e.mentions());
            entities.add(entity);
        }
        if (!entities.isEmpty()) {
            doc.put("entities", entities);
        }
    }

    private static void sentiment(Map<String, Object> doc, Sentiment s) {
        if (s == null) {
            return;
        }
        Map<String, Object> sentiment = new LinkedHashMap<>();
        put(sentiment, "label", s.label());
        if (Double.isFinite(s.score())) {
            sentiment.put("score", (float) s.score());
        }
        if (Double.isFinite(s.confidence())) {
            sentiment.put("confidence", (float) s.confidence());
        }
        put(sentiment, "tone_label", s.toneLabel());
        if (Double.isFinite(s.toneScore())) {
            sentiment.put("tone_score", (float) s.toneScore());
        }
        doc.put("sentiment", sentiment);
    }

    private static void transitions(Map<String, Object> doc, Transitions t) {
        if (t == null) {
            return;
        }
        List<String> pillars = nonBlank(t.pillars());
        if (!pillars.isEmpty()) {
            doc.put("pillars", pillars);
        }
        List<String> themes = nonBlank(t.themes());
        if (!themes.isEmpty()) {
            doc.put("themes", themes);
        }
        List<String> topics = nonBlank(t.topics());
        if (!topics.isEmpty()) {
            doc.put("topics", topics);
        }
        if (t.frame() != null && !t.frame().isBlank()) {
            // An array so that a later model may give several frames without a mapping change.
            doc.put("frames", List.of(t.frame()));
        }
    }

    private static void evidence(Map<String, Object> doc, EnrichedMention event) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        if (event.territory() != null && !event.territory().evidence().isEmpty()) {
            evidence.put("territory", capAll(event.territory().evidence()));
        }
        if (event.sentiment() != null && !event.sentiment().evidence().isEmpty()) {
            evidence.put("sentiment", capAll(event.sentiment().evidence()));
        }
        if (event.transitions() != null && !event.transitions().evidence().isEmpty()) {
            evidence.put("transitions", capAll(event.transitions().evidence()));
        }
        if (!evidence.isEmpty()) {
            doc.put("evidence", evidence);
        }
    }

    /** Lower-cased when it looks like a language code; "und" (undetermined) when it does not. */
    static String languageCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String trimmed = code.trim();
        return LANGUAGE_CODE.matcher(trimmed).matches() ? trimmed.toLowerCase(Locale.ROOT) : LanguageGuess.UNDETERMINED;
    }

    /** At most {@code max} chars, never splitting a surrogate pair. */
    static String cap(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    private static List<String> capAll(List<String> values) {
        return values.stream().filter(v -> v != null).map(v -> cap(v, MAX_EVIDENCE_CHARS)).toList();
    }

    private static List<String> nonBlank(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    }

    private static Map<String, Object> source(SourceRef s) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", s.id());
        put(source, "name", s.name());
        put(source, "kind", s.kind());
        put(source, "domain", s.domain());
        put(source, "country", s.country());
        put(source, "language", s.language());
        if (s.tier() != null) {
            source.put("tier", s.tier().code());
        }
        if (Double.isFinite(s.audienceWeight())) {
            source.put("audience_weight", (float) s.audienceWeight());
        }
        return source;
    }

    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && name.charAt(i - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static void put(Map<String, Object> doc, String field, Object value) {
        if (value != null) {
            doc.put(field, value);
        }
    }
}
