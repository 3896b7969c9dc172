package io.vigie.alerts.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.alerts.detect.AlertDecider;
import io.vigie.alerts.detect.DetectorSettings;
import io.vigie.model.AlertEvent;
import io.vigie.model.json.EventSerdes;
import io.vigie.model.AlertStep;
import io.vigie.model.EnrichedMention;
import io.vigie.model.LanguageGuess;
import io.vigie.model.RawMention;
import io.vigie.model.Sentiment;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.model.Territory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken input reaches the detector: it is counted, neutralised, and the rest goes on. */
class BadInputTopologyTest {
    static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    static final Instant BURST = T0.plus(Duration.ofDays(8)).plus(Duration.ofHours(10));
    static final Instant WAVE = BURST.plus(Duration.ofHours(6));

    @TempDir
    Path stateDir;

    /** A mention as enrich emits it today: no story id yet, the SimHash fingerprint from ingest. */
    static EnrichedMention mention(String id, Instant published, Instant firstSeen, String title, String fingerprint) {
        SourceRef source = new SourceRef("src-" + id, "Outlet " + id, "feed", "o.example", "FR", "fr",
                SourceTier.REGIONAL, 1.0);
        RawMention raw = new RawMention(RawMention.SCHEMA_VERSION, id, "https://o.example/" + id,
                "https://o.example/" + id, title, "text", null, published, null, firstSeen, null, null, null, null,
                null, fingerprint, source);
        return new EnrichedMention(EnrichedMention.SCHEMA_VERSION, raw, new LanguageGuess("fr", 0.99, "test"),
                new Territory(true, 0.9, null, null, null), new Sentiment(Sentiment.NEGATIVE, -0.8, 0.9, null, 0, null),
                null, null, firstSeen);
    }

    @Test
    void duplicatesBadDatesAndGarbageDoNotRaiseAlertsButARealWaveDoes() {
        AlertsMetrics metrics = new AlertsMetrics();
        AlertDecider decider = new AlertDecider(DetectorSettings.defaults().withBaselineWeeks(1));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-bad-input");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(
                AlertsTopology.build(decider, metrics, "in", "out", Duration.ofMinutes(10), true), props)) {
            TestInputTopic<String, EnrichedMention> in = driver.createInputTopic("in", Serdes.String().serializer(),
                    EventSerdes.ENRICHED_MENTION.serializer());
            TestInputTopic<String, byte[]> raw = driver.createInputTopic("in", Serdes.String().serializer(),
                    Serdes.ByteArray().serializer());
            TestOutputTopic<String, AlertEvent> out = driver.createOutputTopic("out", Serdes.String().deserializer(),
                    EventSerdes.ALERT_EVENT.deserializer());
            Random rnd = new Random(11);
            int n = 0;
            for (Instant hour = T0; hour.isBefore(WAVE.plus(Duration.ofHours(6))); hour = hour.plus(Duration.ofHours(1))) {
                int distinct = hour.equals(WAVE) ? 24 : 3;
                for (int i = 0; i < distinct; i++) {
                    Instant t = hour.plusSeconds(rnd.nextInt(3600));
                    String id = "m" + n++;
                    in.pipeInput(id, mention(id, t, t.plusSeconds(60), "Titre " + id, Long.toHexString(rnd.nextLong())), t);
                }
                if (hour.equals(BURST)) {
                    // One story syndicated 50 times: own ids and outlets, the same text give or take a few bits.
                    long fp = 0x7d1e_22c3_90ab_4f10L;
                    for (int c = 0; c < 50; c++) {
                        Instant t = hour.plusSeconds(60 + c);
                        String id = "copy" + c;
                        in.pipeInput(id, mention(id, t, t, "Dépêche " + c, Long.toHexString(fp ^ (1L << (c % 64)))), t);
                    }
                    Instant t = hour.plusSeconds(120);
                    in.pipeInput("nodate", mention("nodate", null, t, "Sans date", null), t);
                    in.pipeInput("future", mention("future", Instant.parse("2031-01-01T00:00:00Z"), t, "Futur", null), t);
                    in.pipeInput("stale", mention("stale", Instant.parse("2019-01-01T00:00:00Z"), t, "Archive", null), t);
                    raw.pipeInput("garbage", "{not json".getBytes(StandardCharsets.UTF_8), t);
                }
            }
            List<AlertEvent> alerts = out.readValuesToList();
            assertThat(alerts).filteredOn(a -> a.step() == AlertStep.OPENED).extracting(AlertEvent::windowStart)
                    .containsExactly(WAVE);
            assertThat(metrics.get("mentions_no_date")).isEqualTo(1);
            assertThat(metrics.get("mentions_future_date")).isEqualTo(1);
            assertThat(metrics.get("mentions_stale")).isEqualTo(1);
            assertThat(metrics.get("mentions_unreadable")).isEqualTo(1);
            assertThat(metrics.get("windows_ignored")).isZero();
        }
    }
}
