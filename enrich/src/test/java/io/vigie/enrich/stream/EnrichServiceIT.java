package io.vigie.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vigie.enrich.Enricher;
import io.vigie.enrich.EnrichmentDraft;
import io.vigie.enrich.EnrichmentStep;
import io.vigie.enrich.Mentions;
import io.vigie.enrich.language.LanguageStep;
import io.vigie.enrich.language.LanguageDetector;
import io.vigie.model.DeadLetter;
import io.vigie.model.EnrichedMention;
import io.vigie.model.RawMention;
import io.vigie.model.json.EventSerdes;
import io.vigie.testkit.KafkaBootstrap;
import io.vigie.testkit.TestInfra;
import io.vigie.testkit.TestInfraExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real broker, exactly-once: a service stopped while records are still arriving and a second one
 * on the same application id together write every mention exactly once and every poison record
 * to the DLQ exactly once.
 */
@ExtendWith(TestInfraExtension.class)
class EnrichServiceIT {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichServiceIT.class);
    private static final int PARTITIONS = 3;
    private static final int PER_BATCH = 200;
    private static final String[] TEXTS = {
            Mentions.FRENCH_TEXT,
            Mentions.ENGLISH_TEXT,
            "El ayuntamiento de Marsella anunció el martes un amplio plan de renovación de las escuelas, que durará diez años.",
            "Il comune di Marsiglia ha annunciato martedì un vasto piano di ristrutturazione delle scuole, che durerà dieci anni.",
            "Die Stadt Marseille hat am Dienstag einen umfassenden Plan zur Renovierung der Schulen angekündigt, der zehn Jahre dauern soll."};
    private static final String[] LANGUAGES = {"fr", "en", "es", "it", "de"};

    @TempDir
    Path stateDir;

    @Test
    void stopAndRestartLosesNothingAndDuplicatesNothing(@KafkaBootstrap String bootstrap) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        EnrichSettings settings = new EnrichSettings("vigie-enrich-it-" + run, bootstrap, stateDir, 2,
                "exactly_once_v2", Duration.ofMillis(100), Duration.ofSeconds(30),
                "raw-" + run, "enriched-" + run, "dlq-" + run, "it-" + run, Map.of());
        TestInfra.createTopics(Map.of(settings.inputTopic(), PARTITIONS, settings.outputTopic(), PARTITIONS,
                settings.deadLetterTopic(), PARTITIONS));
        // Slows the second batch down so that the first instance is stopped while working on it.
        EnrichmentStep throttle = new EnrichmentStep() {
            @Override
            public String name() {
                return "throttle";
            }

            @Override
            public void annotate(RawMention mention, EnrichmentDraft draft) {
                if (mention.canonicalUrl().contains("/b1/")) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        Enricher enricher = new Enricher(List.of(new LanguageStep(LanguageDetector.withDefaults()), throttle),
                Clock.systemUTC());
        Map<String, String> expectedLanguage = new HashMap<>();
        List<String> poisonKeys = new ArrayList<>();

        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            produceBatch(producer, settings.inputTopic(), 0, expectedLanguage, poisonKeys);

            EnrichService first = new EnrichService(settings, enricher);
            first.start();
            await().atMost(Duration.ofMinutes(2)).until(() -> first.stats().enriched() >= PER_BATCH / 2);
            // The second batch arrives while the first instance is running: it is stopped with
            // work in flight, whatever it had not committed is aborted and redone by the second.
            produceBatch(producer, settings.inputTopic(), 1, expectedLanguage, poisonKeys);
            await().atMost(Duration.ofMinutes(2)).until(() -> first.stats().enriched() >= PER_BATCH + 10);
            first.close();
            LOG.info("first instance stopped after {} of {} mentions", first.stats().enriched(), 2 * PER_BATCH);

            try (EnrichService second = new EnrichService(settings, enricher)) {
                second.start();
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                        .until(() -> committedUpToEnd(bootstrap, settings));
                assertThat(second.stats().enriched() + first.stats().enriched()).isGreaterThanOrEqualTo(2L * PER_BATCH);
            }
        }

        List<ConsumerRecord<byte[], byte[]>> enriched = readCommitted(bootstrap, settings.outputTopic());
        List<String> ids = enriched.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
        assertThat(ids).hasSize(2 * PER_BATCH).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expectedLanguage.keySet());
        Map<String, String> detected = enriched.stream()
                .map(r -> EventSerdes.ENRICHED_MENTION.deserializer().deserialize("t", r.value()))
                .collect(Collectors.toMap(EnrichedMention::id, m -> m.language().code()));
        assertThat(detected).isEqualTo(expectedLanguage);

        List<DeadLetter> deadLetters = readCommitted(bootstrap, settings.deadLetterTopic()).stream()
                .map(r -> EventSerdes.DEAD_LETTER.deserializer().deserialize("t", r.value())).toList();
        assertThat(deadLetters).extracting(DeadLetter::key).containsExactlyInAnyOrderElementsOf(poisonKeys);
        assertThat(deadLetters).allSatisfy(letter -> {
            assertThat(letter.stage()).isEqualTo("enrich");
            assertThat(letter.topic()).isEqualTo(settings.inputTopic());
            assertThat(letter.reason()).isNotBlank();
            assertThat(letter.offset()).isNotNegative();
        });
    }

    /** 200 mentions in five languages plus three poison records (garbage, missing id, tombstone). */
    private static void produceBatch(KafkaProducer<String, byte[]> producer, String topic, int batch,
                                     Map<String, String> expectedLanguage, List<String> poisonKeys) {
        for (int i = 0; i < PER_BATCH; i++) {
            int language = i % TEXTS.length;
            RawMention mention = Mentions.mention("b" + batch + "/article-" + i, null, TEXTS[language], List.of());
            expectedLanguage.put(mention.id(), LANGUAGES[language]);
            producer.send(new ProducerRecord<>(topic, mention.id(), EventSerdes.RAW_MENTION.serializer().serialize(topic, mention)));
        }
        String garbage = "garbage-" + batch;
        String noId = "no-id-" + batch;
        String tombstone = "tombstone-" + batch;
        producer.send(new ProducerRecord<>(topic, garbage, new byte[] {(byte) 0xc3, 0x28, '{'}));
        producer.send(new ProducerRecord<>(topic, noId,
                "{\"canonicalUrl\":\"https://x.example/a\",\"firstSeen\":\"2026-01-01T00:00:00Z\",\"source\":{\"id\":\"s\"}}"
                        .getBytes(StandardCharsets.UTF_8)));
        producer.send(new ProducerRecord<>(topic, tombstone, null));
        poisonKeys.addAll(List.of(garbage, noId, tombstone));
        producer.flush();
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** The application's committed offsets have reached the end of every input partition. */
    private static boolean committedUpToEnd(String bootstrap, EnrichSettings settings) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin
                    .listConsumerGroupOffsets(settings.applicationId()).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < PARTITIONS; p++) {
                latest.put(new TopicPartition(settings.inputTopic(), p), OffsetSpec.latest());
            }
            var ends = admin.listOffsets(latest).all().get();
            return ends.entrySet().stream().allMatch(end -> {
                OffsetAndMetadata done = committed.get(end.getKey());
                return end.getValue().offset() == 0 || (done != null && done.offset() >= end.getValue().offset());
            });
        }
    }

    /** Everything committed in a topic, read up to its last stable offset. */
    private static List<ConsumerRecord<byte[], byte[]>> readCommitted(String bootstrap, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            await().atMost(Duration.ofMinutes(1)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return partitions.stream().allMatch(tp -> consumer.position(tp) >= ends.get(tp));
            });
            return records;
        }
    }
}
