package io.vigie.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.ingest.dedupe.FileSeenStore;
import io.vigie.ingest.dedupe.SeenStore;
import io.vigie.ingest.feed.RomeFeedParser;
import io.vigie.ingest.offline.OfflineSnapshot;
import io.vigie.ingest.source.SourceDefinition;
import io.vigie.ingest.source.Sources;
import io.vigie.model.MentionId;
import io.vigie.model.RawMention;
import io.vigie.model.SourceTier;
import io.vigie.model.TextSource;
import io.vigie.model.json.EventSerdes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole stage on the bundled demo snapshot. Kafka is replaced by MockProducer here (unit
 * level); the IT does the same against a real broker.
 */
class OfflineIngestTest {
    private static final IngestSettings SETTINGS = IngestSettings.DEFAULTS.withPollInterval(Duration.ofSeconds(1));

    private static MockProducer<String, RawMention> producer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new StringSerializer(), EventSerdes.RAW_MENTION.serializer());
    }

    private static IngestService service(OfflineSnapshot snapshot, SeenStore seen, MockProducer<String, RawMention> producer) {
        return new IngestService(new Sources(snapshot.sources()), snapshot.fetcher(), new RomeFeedParser(), seen, producer, SETTINGS);
    }

    @Test
    void demoSnapshotDeclaresItsSources(@TempDir Path dir) {
        OfflineSnapshot snapshot = OfflineSnapshot.open(OfflineSnapshot.copyDemo(dir));
        assertThat(snapshot.sources()).extracting(SourceDefinition::id).containsExactly("lephare", "medtimes", "diariomed");
        SourceDefinition medtimes = snapshot.sources().get(1);
        assertThat(medtimes.kind()).isEqualTo("offline");
        assertThat(medtimes.tier()).isEqualTo(SourceTier.INTERNATIONAL);
        assertThat(medtimes.language()).isEqualTo("en");
        assertThat(medtimes.audienceWeight()).isEqualTo(1.5);
    }

    @Test
    void ingestsEveryDemoArticleOnceWithPageTextAndSurvivesRestart(@TempDir Path dir) {
        OfflineSnapshot snapshot = OfflineSnapshot.open(OfflineSnapshot.copyDemo(dir.resolve("snap")));
        MockProducer<String, RawMention> producer = producer(true);
        CycleSummary first;
        IngestService service;
        try (FileSeenStore seen = FileSeenStore.open(dir.resolve("data"), 1000)) {
            service = service(snapshot, seen, producer);
            first = service.runOnce();
            CycleSummary second = service.runOnce();
            assertThat(second.sent()).isZero();
            assertThat(second.duplicates()).isEqualTo(12);
        }
        assertThat(first.sent()).isEqualTo(12);
        assertThat(first.errors()).isZero();
        assertThat(first.pageFallbacks()).isZero();
        List<RawMention> mentions = producer.history().stream().map(ProducerRecord::value).toList();
        assertThat(mentions).hasSize(12).allSatisfy(m -> {
            assertThat(m.textSource()).isEqualTo(TextSource.PAGE);
            assertThat(m.text()).contains("\n\n").doesNotContain("cookie", "Cookie", "Facebook", "newsletter");
            assertThat(m.id()).isEqualTo(MentionId.of(m.canonicalUrl()));
            assertThat(m.canonicalUrl()).doesNotContain("utm_", "xtor");
            assertThat(m.published()).isNotNull();
            assertThat(m.fingerprint()).matches("[0-9a-f]{16}");
            assertThat(m.authors()).isNotEmpty();
        });
        assertThat(producer.history()).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().id()));
        Map<String, Long> bySource = mentions.stream().collect(Collectors.groupingBy(m -> m.source().id(), Collectors.counting()));
        assertThat(bySource).containsEntry("lephare", 5L).containsEntry("medtimes", 4L).containsEntry("diariomed", 3L);

        RawMention fire = mentions.stream().filter(m -> m.url().contains("incendie-dans-les-calanques")).findFirst().orElseThrow();
        assertThat(fire.url()).endsWith("?xtor=RSS-3208");
        assertThat(fire.canonicalUrl()).isEqualTo(
                "https://www.lephare-provence.example/faits-divers/2026/07/21/incendie-dans-les-calanques-300-hectares-parcourus_4738.html");
        assertThat(fire.published()).isEqualTo(Instant.parse("2026-07-21T20:10:00Z"));
        assertThat(fire.languageHints()).containsExactly("fr", "fr-FR");
        assertThat(fire.siteName()).isEqualTo("Le Phare de Provence");
        assertThat(fire.source().kind()).isEqualTo("offline");
        RawMention mucem = mentions.stream().filter(m -> m.url().contains("mucem")).findFirst().orElseThrow();
        assertThat(mucem.text()).contains("Túnez, Marruecos y Grecia");

        // Restart on the same data dir: nothing new.
        MockProducer<String, RawMention> afterRestart = producer(true);
        try (FileSeenStore seen = FileSeenStore.open(dir.resolve("data"), 1000)) {
            CycleSummary again = service(snapshot, seen, afterRestart).runOnce();
            assertThat(again.sent()).isZero();
            assertThat(again.duplicates()).isEqualTo(12);
        }
        assertThat(afterRestart.history()).isEmpty();
        assertThat(service.health("lephare").mentionsSent()).isEqualTo(5);
        assertThat(service.counters()).containsEntry("mentions_sent", 12L).containsEntry("duplicates", 12L);
    }

    @Test
    void nothingIsMarkedSeenUntilKafkaAcknowledges(@TempDir Path dir) throws Exception {
        OfflineSnapshot snapshot = OfflineSnapshot.open(OfflineSnapshot.copyDemo(dir.resolve("snap")));
        try (FileSeenStore seen = FileSeenStore.open(dir.resolve("data"), 1000)) {
            // Broker rejects every record asynchronously.
            MockProducer<String, RawMention> rejecting = producer(false);
            AtomicInteger rejected = new AtomicInteger();
            Thread broker = Thread.ofVirtual().start(() -> {
                while (rejected.get() < 12) {
                    if (rejecting.errorNext(new KafkaException("NOT_ENOUGH_REPLICAS"))) {
                        rejected.incrementAndGet();
                    } else {
                        Thread.onSpinWait();
                    }
                }
            });
            IngestService failing = service(snapshot, seen, rejecting);
            CycleSummary failed = failing.runOnce();
            broker.join();
            assertThat(failed.sent()).isZero();
            assertThat(failed.errors()).isEqualTo(12);
            assertThat(failing.health("medtimes").errorsByKind()).containsEntry("kafka_send", 4L);
            assertThat(failing.health("medtimes").lastError()).contains("NOT_ENOUGH_REPLICAS");
            assertThat(seen.size()).isZero();

            // Producer refusing synchronously (e.g. buffer full): same outcome.
            MockProducer<String, RawMention> throwing = producer(true);
            throwing.sendException = new KafkaException("buffer exhausted");
            assertThat(service(snapshot, seen, throwing).runOnce().errors()).isEqualTo(12);
            assertThat(seen.size()).isZero();

            // Once Kafka is back, everything is delivered.
            MockProducer<String, RawMention> healthy = producer(true);
            assertThat(service(snapshot, seen, healthy).runOnce().sent()).isEqualTo(12);
            assertThat(seen.size()).isEqualTo(12);
        }
    }

    @Test
    void scheduledLoopPollsUntilClosed(@TempDir Path dir) {
        OfflineSnapshot snapshot = OfflineSnapshot.open(OfflineSnapshot.copyDemo(dir));
        MockProducer<String, RawMention> producer = producer(true);
        // Adaptive interval pinned to 1 s: the demo feeds publish days apart and would otherwise wait 2 h.
        IngestSettings everySecond = SETTINGS.withAdaptiveBounds(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
        try (IngestService service = new IngestService(new Sources(snapshot.sources()), snapshot.fetcher(), new RomeFeedParser(),
                new io.vigie.ingest.dedupe.InMemorySeenStore(), producer, everySecond)) {
            service.start();
            assertThatThrownBy(service::start).isInstanceOf(IllegalStateException.class);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> service.counters().getOrDefault("cycles", 0L) >= 2);
        }
        assertThat(producer.history()).hasSize(12);
        RawMention cruise = producer.history().stream().map(ProducerRecord::value)
                .filter(m -> m.url().contains("cruceristas")).findFirst().orElseThrow();
        assertThat(cruise.languageHints()).containsExactly("es", "es-ES");
    }

    @Test
    void settingsRejectNonsense() {
        assertThatThrownBy(() -> IngestSettings.DEFAULTS.withPollInterval(Duration.ofMillis(10)))
                .hasMessage("ingest.pollInterval must be at least 1s, got PT0.01S");
        assertThatThrownBy(() -> SourceDefinition.builder("Bad Id", "https://x.example/rss").build())
                .hasMessageContaining("source id 'Bad Id'");
        assertThatThrownBy(() -> SourceDefinition.builder("ok", "ftp://x.example/rss").build())
                .hasMessageContaining("source ok: url must be an absolute http(s) URL");
        assertThatThrownBy(() -> SourceDefinition.builder("ok", "https://x.example/rss").kind("telegram").build())
                .hasMessageContaining("unsupported kind 'telegram'");
        SourceDefinition s = SourceDefinition.builder("ok", "https://www.x.example/rss").build();
        assertThat(s.toRef().domain()).isEqualTo("x.example");
        assertThatThrownBy(() -> Sources.of(s, s)).hasMessage("duplicate source id 'ok'");
    }

    @Test
    void snapshotLayoutErrorsAreClear(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> OfflineSnapshot.open(dir)).hasMessageContaining("missing folder feeds/");
        Path snap = OfflineSnapshot.copyDemo(dir.resolve("s"));
        Files.writeString(snap.resolve("pages/index.tsv"), "https://x.example/a\t../../../etc/passwd\n");
        assertThatThrownBy(() -> OfflineSnapshot.open(snap)).hasMessageContaining("escapes the snapshot folder");
    }
}
