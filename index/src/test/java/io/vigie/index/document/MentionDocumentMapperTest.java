package io.vigie.index.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.index.testing.Mentions;
import io.vigie.model.EnrichedMention;
import io.vigie.model.LanguageGuess;
import io.vigie.model.RawMention;
import io.vigie.model.json.Json;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionDocumentMapperTest {
    private final MentionDocumentMapper mapper = new MentionDocumentMapper();

    private MentionDocument map(EnrichedMention event) {
        return mapper.map(new DecodedMention(event, Map.of()));
    }

    @Test
    void mapsEveryFieldToItsSnakeCaseName() throws Exception {
        EnrichedMention event = Mentions.enriched("https://www.lemonde.fr/a/marseille");
        MentionDocument doc = map(event);
        JsonNode json = Json.mapper().readTree(doc.toJson());

        assertThat(doc.id()).isEqualTo(event.id());
        assertThat(doc.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(doc.version()).isEqualTo(Mentions.ENRICHED_AT.toEpochMilli());
        assertThat(json.path("@timestamp").asText()).isEqualTo("2026-11-19T22:30:00Z");
        assertThat(json.path("id").asText()).isEqualTo(event.id());
        assertThat(json.path("url").asText()).isEqualTo("https://www.lemonde.fr/a/marseille");
        assertThat(json.path("canonical_url").asText()).isEqualTo("https://www.lemonde.fr/a/marseille");
        assertThat(json.path("title").asText()).isEqualTo("Marseille accueille les Jeux méditerranéens");
        assertThat(json.path("text").asText()).contains("Vieux-Port");
        assertThat(json.path("description").asText()).isEqualTo("Un résumé");
        assertThat(json.path("lang").asText()).isEqualTo("fr");
        assertThat(json.path("lang_confidence").asDouble()).isCloseTo(0.97, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(json.path("lang_method").asText()).isEqualTo("model+hint");
        assertThat(json.path("source").path("id").asText()).isEqualTo("lemonde-intl");
        assertThat(json.path("source").path("name").asText()).isEqualTo("Le Monde");
        assertThat(json.path("source").path("kind").asText()).isEqualTo("feed");
        assertThat(json.path("source").path("domain").asText()).isEqualTo("lemonde.fr");
        assertThat(json.path("source").path("country").asText()).isEqualTo("FR");
        assertThat(json.path("source").path("language").asText()).isEqualTo("fr");
        assertThat(json.path("source").path("tier").asText()).isEqualTo("national");
        assertThat(json.path("source").path("audience_weight").asDouble()).isEqualTo(2.5);
        assertThat(json.path("authors")).hasSize(2);
        assertThat(json.path("authors").get(0).asText()).isEqualTo("Jeanne Martin");
        assertThat(json.path("published").asText()).isEqualTo("2026-11-19T22:30:00Z");
        assertThat(json.path("first_seen").asText()).isEqualTo("2026-11-20T08:15:00Z");
        assertThat(json.path("enriched_at").asText()).isEqualTo("2026-11-20T08:15:02.123Z");
        assertThat(json.path("text_source").asText()).isEqualTo("page");
        assertThat(json.path("fingerprint").asText()).isEqualTo("a1b2c3d4e5f60718");
        assertThat(json.path("schema_version").asInt()).isEqualTo(EnrichedMention.SCHEMA_VERSION);
        // Absent values are omitted, not written as null (which would clear a field on overwrite anyway).
        assertThat(json.has("modified")).isFalse();
    }

    @Test
    void isPureSameEventSameBytes() {
        EnrichedMention event = Mentions.enriched("https://www.lemonde.fr/a/marseille");
        assertThat(map(event).toJson()).isEqualTo(map(event).toJson());
    }

    @Test
    void timestampFallsBackToFirstSeenWhenPublishedIsUnknownOrImplausible() {
        assertThat(map(Mentions.enriched(Mentions.raw("https://x.example/1", null))).timestamp())
                .isEqualTo(Mentions.FIRST_SEEN);
        // A feed claiming next year: dashboards must not show it in the future.
        assertThat(map(Mentions.enriched(Mentions.raw("https://x.example/2", Instant.parse("2027-11-20T00:00:00Z"))))
                .timestamp()).isEqualTo(Mentions.FIRST_SEEN);
        assertThat(map(Mentions.enriched(Mentions.raw("https://x.example/3", Instant.parse("1870-01-01T00:00:00Z"))))
                .timestamp()).isEqualTo(Mentions.FIRST_SEEN);
        // Time-zone slop of a few hours ahead is accepted as published.
        Instant slightlyAhead = Mentions.FIRST_SEEN.plusSeconds(5 * 3600);
        assertThat(map(Mentions.enriched(Mentions.raw("https://x.example/4", slightlyAhead))).timestamp())
                .isEqualTo(slightlyAhead);
    }

    @Test
    void monthFollowsTheTimestampInUtc() {
        MentionDocument doc = map(Mentions.enriched(Mentions.raw("https://x.example/5", null)));
        assertThat(doc.month()).isEqualTo(YearMonth.of(2026, 11));
        MentionDocument october = map(Mentions.enriched(Mentions.raw("https://x.example/6",
                Instant.parse("2026-10-31T23:59:59Z"))));
        assertThat(october.month()).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void nonFiniteNumbersAreDroppedRatherThanBreakingTheBulkRequest() throws Exception {
        RawMention raw = Mentions.raw("https://x.example/7", null);
        EnrichedMention event = new EnrichedMention(1, raw, new LanguageGuess("und", Double.NaN, null), null, null, null, null, null);
        JsonNode json = Json.mapper().readTree(map(event).toJson());
        assertThat(json.has("lang_confidence")).isFalse();
        assertThat(json.path("lang").asText()).isEqualTo("und");
        assertThat(json.has("enriched_at")).isFalse();
        assertThat(map(event).version()).isNull();
    }

    @Test
    void newerTopLevelFieldsAreCarriedInSnakeCaseButNeverShadowKnownOnes() throws Exception {
        ObjectNode sentiment = Json.mapper().createObjectNode().put("label", "positive").put("score", 0.8);
        Map<String, JsonNode> extensions = Map.of(
                "sentimentScore", sentiment,
                "title", Json.mapper().getNodeFactory().textNode("spoofed"));
        MentionDocument doc = mapper.map(new DecodedMention(Mentions.enriched("https://x.example/8"), extensions));
        JsonNode json = Json.mapper().readTree(doc.toJson());
        assertThat(json.path("sentiment_score").path("label").asText()).isEqualTo("positive");
        assertThat(json.path("title").asText()).isEqualTo("Marseille accueille les Jeux méditerranéens");
    }

    @Test
    void aTimestampNoIndexCanHoldIsRefused() {
        RawMention raw = new RawMention(1, "id", "u", "u", "t", "x", null, null, null,
                Instant.parse("+20226-01-01T00:00:00Z"), null, null, null, null, null, null, Mentions.lemonde());
        assertThatThrownBy(() -> map(Mentions.enriched(raw))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20226");
    }

    @Test
    void snakeCase() {
        assertThat(MentionDocumentMapper.snakeCase("sentimentScore")).isEqualTo("sentiment_score");
        assertThat(MentionDocumentMapper.snakeCase("entities")).isEqualTo("entities");
        assertThat(MentionDocumentMapper.snakeCase("already_snake")).isEqualTo("already_snake");
    }

    @Test
    void mapsSchemaTwoAnnotations() throws Exception {
        EnrichedMention event = Mentions.enrichedV2(Mentions.raw("https://www.lemonde.fr/a/v2", Mentions.PUBLISHED),
                "negative", -0.6, java.util.List.of("economic", "social", ""), "forefront");
        JsonNode json = Json.mapper().readTree(map(event).toJson());

        assertThat(json.path("relevant").asBoolean()).isTrue();
        assertThat(json.path("relevance").asDouble()).isCloseTo(0.92, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(json.path("places")).hasSize(3);
        assertThat(json.path("places").get(0).path("name").asText()).isEqualTo("Marseille");
        assertThat(json.path("places").get(0).path("insee_code").asText()).isEqualTo("13055");
        assertThat(json.path("places").get(0).path("mentions").asInt()).isEqualTo(3);
        assertThat(json.path("places").get(0).path("location").path("lat").asDouble()).isEqualTo(43.2965);
        assertThat(json.path("places").get(2).has("location")).isFalse();
        assertThat(json.path("entities").get(0).path("type").asText()).isEqualTo("institution");
        assertThat(json.path("sentiment").path("label").asText()).isEqualTo("negative");
        assertThat(json.path("sentiment").path("score").asDouble()).isCloseTo(-0.6, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(json.path("sentiment").path("tone_label").asText()).isEqualTo("neutral");
        assertThat(json.path("pillars").toString()).isEqualTo("[\"economic\",\"social\"]");
        assertThat(json.path("themes").toString()).isEqualTo("[\"transport\"]");
        assertThat(json.path("topics").toString()).isEqualTo("[\"mobility\"]");
        assertThat(json.path("frames").toString()).isEqualTo("[\"forefront\"]");
        assertThat(json.path("fingerprint_bands").toString())
                .isEqualTo("[\"0:a1b2\",\"1:c3d4\",\"2:e5f6\",\"3:0718\"]");
        assertThat(json.path("evidence").path("sentiment").get(0).asText()).isEqualTo("rénové");
        assertThat(json.has("story_id")).as("left to the story grouping").isFalse();

        EnrichedMention withStory = new EnrichedMention(event.schemaVersion(), event.mention(), event.language(),
                null, null, new io.vigie.model.Transitions(null, null, null, null, null), "story-7", event.enrichedAt());
        JsonNode bare = Json.mapper().readTree(map(withStory).toJson());
        assertThat(bare.path("story_id").asText()).isEqualTo("story-7");
        assertThat(bare.has("frames")).isFalse();
        assertThat(bare.has("sentiment")).isFalse();
        assertThat(bare.has("relevant")).isFalse();
    }
}
