package io.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.model.json.EventSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class EventSerdesTest {

    static RawMention sample() {
        String canonical = "https://www.example.org/2026/11/marseille-port";
        return new RawMention(RawMention.SCHEMA_VERSION, MentionId.of(canonical),
                canonical + "?utm_source=rss", canonical, "Le port de Marseille", "Premier paragraphe.\n\nSecond.",
                TextSource.PAGE, Instant.parse("2026-11-20T08:00:00Z"), null, Instant.parse("2026-11-20T08:05:00Z"),
                List.of("A. Auteur"), List.of("fr"), "Exemple", "Résumé", null, "0f0f0f0f0f0f0f0f",
                new SourceRef("example-fr", "Exemple", "feed", "example.org", "FR", "fr", SourceTier.NATIONAL, 2.5));
    }

    @Test
    void enrichedMentionRoundTripsWithInstantsAsIsoText() {
        EnrichedMention enriched = new EnrichedMention(EnrichedMention.SCHEMA_VERSION, sample(),
                new LanguageGuess("fr", 0.98, "model"),
                new Territory(true, 0.91, List.of(new Place("Marseille", "13055", 3, new GeoPoint(43.2965, 5.3698))),
                        List.of(new TerritoryEntity("Grand Port Maritime de Marseille", "institution", "13055", 1)),
                        List.of("commune Marseille x3")),
                new Sentiment(Sentiment.POSITIVE, 0.6, 0.8, Sentiment.NEUTRAL, 0.1, List.of("record investment")),
                new Transitions(List.of("economic", "environmental"), List.of("economy", "environment"),
                        List.of("port_logistics", "energy"), Transitions.FOREFRONT,
                        List.of("shore power")),
                "story-1", Instant.parse("2026-11-20T08:06:00Z"));

        byte[] bytes = EventSerdes.ENRICHED_MENTION.serializer().serialize("t", enriched);
        String json = new String(bytes, StandardCharsets.UTF_8);

        assertThat(json).contains("\"published\":\"2026-11-20T08:00:00Z\"").contains("\"tier\":\"national\"")
                .contains("\"textSource\":\"page\"").doesNotContain("\"modified\"");
        assertThat(EventSerdes.ENRICHED_MENTION.deserializer().deserialize("t", bytes)).isEqualTo(enriched);
    }

    @Test
    void newerFieldsAreIgnoredByOlderReaders() {
        byte[] bytes = EventSerdes.RAW_MENTION.serializer().serialize("t", sample());
        String withExtra = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\\{", "{\"futureField\":{\"x\":1},");

        RawMention read = EventSerdes.RAW_MENTION.deserializer().deserialize("t", withExtra.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isEqualTo(sample());
    }

    @Test
    void garbageIsASerializationErrorNamingTheTopic() {
        byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventSerdes.RAW_MENTION.deserializer().deserialize("vigie.mentions.raw", garbage))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("vigie.mentions.raw");
    }

    @Test
    void recordMissingItsIdIsRejected() {
        byte[] noId = "{\"canonicalUrl\":\"https://a.b/c\",\"firstSeen\":\"2026-01-01T00:00:00Z\",\"source\":{\"id\":\"s\",\"tier\":\"local\"}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventSerdes.RAW_MENTION.deserializer().deserialize("t", noId))
                .isInstanceOf(SerializationException.class).hasMessageContaining("mention id");
    }

    @Test
    void mentionIdIsStableAndDistinguishesUrls() {
        assertThat(MentionId.of("https://a.example/x")).isEqualTo(MentionId.of("https://a.example/x"))
                .hasSize(32).matches("[0-9a-f]{32}")
                .isNotEqualTo(MentionId.of("https://a.example/y"));
    }

    @Test
    void deadLetterKeepsUndecodableBytes() {
        byte[] payload = {(byte) 0xff, (byte) 0xfe, 0x00, 0x41};
        DeadLetter letter = DeadLetter.of("enrich", "vigie.mentions.raw", 2, 41L,
                "k".getBytes(StandardCharsets.UTF_8), payload, new IllegalStateException("bad\nthing"));

        DeadLetter read = EventSerdes.DEAD_LETTER.deserializer().deserialize("t",
                EventSerdes.DEAD_LETTER.serializer().serialize("t", letter));

        assertThat(read.payload()).containsExactly(payload);
        assertThat(read.reason()).isEqualTo("bad thing");
        assertThat(read.offset()).isEqualTo(41L);
    }
}
