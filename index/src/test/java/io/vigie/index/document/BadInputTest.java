package io.vigie.index.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.index.testing.Mentions;
import io.vigie.model.EnrichedMention;
import io.vigie.model.LanguageGuess;
import io.vigie.model.RawMention;
import io.vigie.model.json.EventSerdes;
import io.vigie.model.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader and mapper make of hostile or broken events: salvage what is valid, or a clear reason. */
class BadInputTest {
    private final EnrichedEventReader reader = new EnrichedEventReader();
    private final MentionDocumentMapper mapper = new MentionDocumentMapper();

    private static ObjectNode tree(EnrichedMention m) throws Exception {
        return (ObjectNode) Json.mapper().readTree(EventSerdes.ENRICHED_MENTION.serializer().serialize("t", m));
    }

    private static EnrichedMention v2() {
        return Mentions.enrichedV2(Mentions.raw("https://www.lemonde.fr/bad/1", Mentions.PUBLISHED), "negative",
                -0.5, List.of("economic"), "lagging");
    }

    private JsonNode document(ObjectNode event) throws Exception {
        return Json.mapper().readTree(mapper.map(reader.read(Json.mapper().writeValueAsBytes(event))).toJson());
    }

    @Test
    void fieldsOfTheWrongTypeAreDroppedAndNamedTheRestIsIndexed() throws Exception {
        ObjectNode event = tree(v2());
        ObjectNode mention = (ObjectNode) event.path("mention");
        mention.put("published", "yesterday evening");
        mention.putObject("title").put("nested", true);
        mention.putArray("authors").addObject().put("name", "x");
        ((ObjectNode) event.path("sentiment")).put("score", "very negative");
        ((ObjectNode) event.path("territory").path("places").get(0)).put("mentions", "many");

        DecodedMention decoded = reader.read(Json.mapper().writeValueAsBytes(event));
        assertThat(decoded.invalidFields()).extracting(f -> f.substring(0, f.indexOf(':')))
                .containsExactlyInAnyOrder("mention.published", "mention.title", "mention.authors",
                        "sentiment.score", "territory.places[0].mentions");
        assertThat(decoded.invalidFields()).anyMatch(f -> f.startsWith("mention.published: ")
                && f.contains("yesterday evening"));

        JsonNode doc = Json.mapper().readTree(mapper.map(decoded).toJson());
        assertThat(doc.has("title")).isFalse();
        assertThat(doc.has("published")).isFalse();
        assertThat(doc.path("@timestamp").asText()).as("falls back to first seen")
                .isEqualTo(Mentions.FIRST_SEEN.toString());
        assertThat(doc.path("sentiment").path("label").asText()).isEqualTo("negative");
        assertThat(doc.path("places").get(0).path("name").asText()).isEqualTo("Marseille");
        assertThat(doc.path("invalid_fields")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                "mention.published", "mention.title", "mention.authors", "sentiment.score",
                "territory.places.mentions");
        assertThat(doc.path("text").asText()).isEqualTo(v2().mention().text());
    }

    @Test
    void missingOrBrokenIdentityIsUnreadableWithTheFieldNamed() throws Exception {
        for (String field : List.of("firstSeen", "id", "canonicalUrl", "source")) {
            ObjectNode event = tree(v2());
            ((ObjectNode) event.path("mention")).remove(field);
            assertThatThrownBy(() -> reader.read(Json.mapper().writeValueAsBytes(event)))
                    .isInstanceOf(UnreadableEventException.class)
                    .hasMessage("missing required field mention." + field);
        }
        ObjectNode noLanguage = tree(v2());
        noLanguage.remove("language");
        assertThatThrownBy(() -> reader.read(Json.mapper().writeValueAsBytes(noLanguage)))
                .hasMessage("missing required field language");

        ObjectNode badFirstSeen = tree(v2());
        ((ObjectNode) badFirstSeen.path("mention")).put("firstSeen", "soon");
        assertThatThrownBy(() -> reader.read(Json.mapper().writeValueAsBytes(badFirstSeen)))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageStartingWith("not an enriched mention: mention.firstSeen: ")
                .hasMessageContaining("soon");
    }

    @Test
    void missingPublishedDateUsesFirstSeen() throws Exception {
        ObjectNode event = tree(v2());
        ((ObjectNode) event.path("mention")).remove("published");
        JsonNode doc = document(event);
        assertThat(doc.path("@timestamp").asText()).isEqualTo(Mentions.FIRST_SEEN.toString());
        assertThat(doc.has("published")).isFalse();
        assertThat(doc.has("invalid_fields")).isFalse();
    }

    @Test
    void hugeTextIsCappedAndItsFullLengthKept() throws Exception {
        String huge = "Marseille ".repeat(50_000) + "\uD83D\uDE00";
        RawMention base = Mentions.raw("https://www.lemonde.fr/bad/huge", Mentions.PUBLISHED);
        RawMention raw = new RawMention(base.schemaVersion(), base.id(), base.url(), base.canonicalUrl(),
                "T".repeat(10_000), huge, base.textSource(), base.published(), null, base.firstSeen(),
                base.authors(), base.languageHints(), base.siteName(), base.description(), null,
                base.fingerprint(), base.source());
        MentionDocument doc = mapper.map(new DecodedMention(Mentions.enriched(raw), java.util.Map.of()));
        assertThat(doc.string("text")).hasSize(MentionDocumentMapper.DEFAULT_MAX_TEXT_CHARS)
                .isEqualTo(huge.substring(0, MentionDocumentMapper.DEFAULT_MAX_TEXT_CHARS));
        assertThat(doc.fields()).containsEntry("text_length", huge.length()).containsEntry("text_truncated", true);
        assertThat(doc.string("title")).hasSize(MentionDocumentMapper.MAX_TITLE_CHARS);

        MentionDocument small = mapper.map(new DecodedMention(Mentions.enriched(base), java.util.Map.of()));
        assertThat(small.fields()).containsEntry("text_length", base.text().length())
                .doesNotContainKey("text_truncated");
    }

    @Test
    void capNeverSplitsASurrogatePair() {
        String s = "ab\uD83D\uDE00cd";
        assertThat(MentionDocumentMapper.cap(s, 3)).isEqualTo("ab");
        assertThat(MentionDocumentMapper.cap(s, 4)).isEqualTo("ab\uD83D\uDE00");
        assertThat(MentionDocumentMapper.cap(s, 10)).isSameAs(s);
    }

    @Test
    void unknownLanguagesAreKeptAndGarbageBecomesUndetermined() {
        assertThat(MentionDocumentMapper.languageCode("tlh")).isEqualTo("tlh");
        assertThat(MentionDocumentMapper.languageCode("pt-BR")).isEqualTo("pt-br");
        assertThat(MentionDocumentMapper.languageCode("und")).isEqualTo("und");
        assertThat(MentionDocumentMapper.languageCode("français, je crois")).isEqualTo(LanguageGuess.UNDETERMINED);
        assertThat(MentionDocumentMapper.languageCode("x".repeat(40_000))).isEqualTo(LanguageGuess.UNDETERMINED);
        assertThat(MentionDocumentMapper.languageCode(" ")).isNull();
    }
}
