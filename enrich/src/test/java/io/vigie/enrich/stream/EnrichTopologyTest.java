package io.vigie.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.enrich.Enricher;
import io.vigie.enrich.EnrichmentStep;
import io.vigie.enrich.EnrichmentDraft;
import io.vigie.enrich.Mentions;
import io.vigie.enrich.language.LanguageDetector;
import io.vigie.enrich.language.LanguageStep;
import io.vigie.model.DeadLetter;
import io.vigie.model.EnrichedMention;
import io.vigie.model.RawMention;
import io.vigie.model.Topics;
import io.vigie.model.json.EventSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {
    private static final LanguageDetector DETECTOR = LanguageDetector.withDefaults();
    private static final io.vigie.enrich.territory.TerritoryRecognizer TERRITORY =
            io.vigie.enrich.territory.TerritoryRecognizer.withDefaults();
    private static final io.vigie.enrich.sentiment.TerritorySentimentAnalyzer SENTIMENT =
            io.vigie.enrich.sentiment.TerritorySentimentAnalyzer.withDefaults();
    private static final io.vigie.enrich.transitions.TransitionsClassifier TRANSITIONS =
            io.vigie.enrich.transitions.TransitionsClassifier.withDefaults();

    private final EnrichMetrics metrics = new EnrichMetrics();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedMention> enriched;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    private void start(Enricher enricher) {
        start(enricher, EnrichTopology.DEFAULT_MAX_RECORD_BYTES);
    }

    private void start(Enricher enricher, int maxRecordBytes) {
        EnrichSettings settings = EnrichSettings.defaults("unused:9092");
        driver = new TopologyTestDriver(EnrichTopology.build(enricher, metrics, settings.inputTopic(),
                settings.outputTopic(), settings.deadLetterTopic(), maxRecordBytes), settings.toStreamsProperties());
        raw = driver.createInputTopic(Topics.MENTIONS_RAW, new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.MENTIONS_ENRICHED, new StringDeserializer(),
                EventSerdes.ENRICHED_MENTION.deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS, new StringDeserializer(),
                EventSerdes.DEAD_LETTER.deserializer());
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private static byte[] bytes(RawMention mention) {
        return EventSerdes.RAW_MENTION.serializer().serialize(Topics.MENTIONS_RAW, mention);
    }

    @Test
    void aGoodRecordIsEnrichedAndKeyedByMentionId() {
        start(Enricher.standard(DETECTOR, TERRITORY, SENTIMENT, TRANSITIONS, Clock.systemUTC()));
        RawMention mention = Mentions.french("fr-1");

        raw.pipeInput(mention.id(), bytes(mention));

        KeyValue<String, EnrichedMention> out = enriched.readKeyValue();
        assertThat(out.key).isEqualTo(mention.id());
        assertThat(out.value.mention()).isEqualTo(mention);
        assertThat(out.value.language().code()).isEqualTo("fr");
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(metrics.snapshot().enriched()).isEqualTo(1);
        assertThat(metrics.snapshot().byLanguage()).isEqualTo(Map.of("fr", 1L));
        assertThat(metrics.snapshot().bySource()).isEqualTo(Map.of("example-news", 1L));
    }

    @Test
    void garbageBytesGoToTheDeadLetterTopicAndTheNextRecordStillFlows() {
        start(Enricher.standard(DETECTOR, TERRITORY, SENTIMENT, TRANSITIONS, Clock.systemUTC()));
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, '{', 'n', 'o', 't'};
        RawMention next = Mentions.english("en-1");

        raw.pipeInput("some-key", garbage);
        raw.pipeInput(next.id(), bytes(next));

        KeyValue<String, DeadLetter> dead = deadLetters.readKeyValue();
        assertThat(dead.key).isEqualTo("some-key");
        assertThat(dead.value.stage()).isEqualTo("enrich");
        assertThat(dead.value.topic()).isEqualTo(Topics.MENTIONS_RAW);
        assertThat(dead.value.offset()).isEqualTo(0L);
        assertThat(dead.value.reason()).contains("cannot read RawMention");
        assertThat(dead.value.payload()).isEqualTo(garbage);
        assertThat(dead.value.errorClass()).endsWith("SerializationException");
        assertThat(enriched.readKeyValue().key).isEqualTo(next.id());
        assertThat(metrics.snapshot().deadLetteredByReason()).isEqualTo(Map.of(EnrichProcessor.REASON_UNDESERIALIZABLE, 1L));
    }

    @Test
    void wellFormedJsonMissingTheMentionIdIsDeadLettered() {
        start(Enricher.standard(DETECTOR, TERRITORY, SENTIMENT, TRANSITIONS, Clock.systemUTC()));
        byte[] noId = "{\"canonicalUrl\":\"https://a.b/c\",\"firstSeen\":\"2026-01-01T00:00:00Z\",\"source\":{\"id\":\"s\"}}"
                .getBytes(StandardCharsets.UTF_8);

        raw.pipeInput("k", noId);
        raw.pipeInput("k2", "null".getBytes(StandardCharsets.UTF_8));

        List<DeadLetter> dead = deadLetters.readValuesToList();
        assertThat(dead).hasSize(2);
        assertThat(dead.get(0).reason()).contains("mention id");
        assertThat(dead.get(1).reason()).contains("JSON null");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void aTombstoneIsDeadLetteredNotDropped() {
        start(Enricher.standard(DETECTOR, TERRITORY, SENTIMENT, TRANSITIONS, Clock.systemUTC()));

        raw.pipeInput("gone", (byte[]) null);

        DeadLetter dead = deadLetters.readValue();
        assertThat(dead.reason()).contains("no value");
        assertThat(dead.payloadBase64()).isNull();
        assertThat(metrics.snapshot().deadLetteredByReason()).containsEntry(EnrichProcessor.REASON_EMPTY, 1L);
    }

    @Test
    void anEnricherFailureIsDeadLetteredWithStepAndSource() {
        EnrichmentStep exploding = new EnrichmentStep() {
            @Override
            public String name() {
                return "sentiment";
            }

            @Override
            public void annotate(RawMention mention, EnrichmentDraft draft) {
                if (mention.title().contains("boom")) {
                    throw new IllegalStateException("tokenizer blew up");
                }
            }
        };
        start(new Enricher(List.of(new LanguageStep(DETECTOR), exploding), Clock.systemUTC()));
        RawMention bad = Mentions.mention("boom", "boom goes the parser", Mentions.ENGLISH_TEXT, List.of("en"));
        RawMention good = Mentions.english("fine");

        raw.pipeInput(bad.id(), bytes(bad));
        raw.pipeInput(good.id(), bytes(good));

        KeyValue<String, DeadLetter> dead = deadLetters.readKeyValue();
        assertThat(dead.key).isEqualTo(bad.id());
        assertThat(dead.value.reason()).contains("sentiment").contains("tokenizer blew up").contains("example-news")
                .contains(bad.id());
        assertThat(dead.value.payload()).isEqualTo(bytes(bad));
        assertThat(dead.value.offset()).isEqualTo(0L);
        assertThat(enriched.readValuesToList()).extracting(EnrichedMention::id).containsExactly(good.id());
        assertThat(metrics.snapshot().deadLetteredByReason()).isEqualTo(Map.of("enrich-sentiment", 1L));
    }

    @Test
    void orderIsPreservedAndOutputIsKeyedByIdWhateverTheInputKey() {
        start(Enricher.standard(DETECTOR, TERRITORY, SENTIMENT, TRANSITIONS, Clock.systemUTC()));
        List<RawMention> mentions = List.of(Mentions.french("o1"), Mentions.english("o2"), Mentions.french("o3"),
                Mentions.english("o4"));

        raw.pipeInput(mentions.get(0).id(), bytes(mentions.get(0)));
        raw.pipeInput((String) null, bytes(mentions.get(1)));
        raw.pipeInput("garbage", "][".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("wrong-key", bytes(mentions.get(2)));
        raw.pipeInput(mentions.get(3).id(), bytes(mentions.get(3)));

        List<KeyValue<String, EnrichedMention>> out = enriched.readKeyValuesToList();
        assertThat(out).extracting(kv -> kv.key).containsExactlyElementsOf(mentions.stream().map(RawMention::id).toList());
        assertThat(out).extracting(kv -> kv.value.language().code()).containsExactly("fr", "en", "fr", "en");
        assertThat(deadLetters.readValuesToList()).extracting(DeadLetter::offset).containsExactly(2L);
    }

    @Test
    void anOversizedMentionIsDeadLetteredWithoutItsPayloadInsteadOfFailingTheProducer() {
        start(Enricher.standard(DETECTOR, TERRITORY, SENTIMENT, TRANSITIONS, Clock.systemUTC()), 5_000);
        RawMention huge = Mentions.mention("huge", "Long", Mentions.FRENCH_TEXT.repeat(40), List.of("fr"));
        RawMention small = Mentions.french("small");

        raw.pipeInput(huge.id(), bytes(huge));
        raw.pipeInput(small.id(), bytes(small));

        DeadLetter dead = deadLetters.readValue();
        assertThat(dead.reason()).contains("over the 5000-byte record limit").contains("payload of").contains("omitted");
        assertThat(dead.payloadBase64()).isNull();
        assertThat(dead.offset()).isZero();
        assertThat(enriched.readValuesToList()).extracting(EnrichedMention::id).containsExactly(small.id());
        assertThat(metrics.snapshot().deadLetteredByReason()).isEqualTo(Map.of(EnrichProcessor.REASON_TOO_LARGE, 1L));
    }
}
