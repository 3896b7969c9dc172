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
import io.vigie.model.Transitions;
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

class AlertsTopologyTest {
    static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    @TempDir
    Path stateDir;

    static EnrichedMention mention(String id, Instant published, boolean negative, String pillar, String title) {
        SourceRef source = new SourceRef("src", "Le Journal", "feed", "journal.example", "FR", "fr",
                SourceTier.NATIONAL, 1.0);
        RawMention raw = new RawMention(RawMention.SCHEMA_VERSION, id, "https://journal.example/" + id,
                "https://journal.example/" + id, title, "text", null, published, null, published.plusSeconds(60),
                null, null, null, null, null, null, source);
        return new EnrichedMention(EnrichedMention.SCHEMA_VERSION, raw, new LanguageGuess("fr", 0.99, "test"),
                new Territory(true, 0.9, null, null, null),
                negative ? new Sentiment(Sentiment.NEGATIVE, -0.8, 0.9, null, 0, null) : null,
                pillar == null ? null : new Transitions(List.of(pillar), null, null, null, null), null, published);
    }

    @Test
    void closedWindowsOpenOneIncidentThatResolves() {
        AlertsMetrics metrics = new AlertsMetrics();
        // One week of seasonal history keeps the test quick; the baseline logic itself is covered by AlertDeciderTest.
        AlertDecider decider = new AlertDecider(DetectorSettings.defaults().withBaselineWeeks(1));
        var topology = AlertsTopology.build(decider, metrics, "in", "out", Duration.ofMinutes(10), true);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props)) {
            TestInputTopic<String, EnrichedMention> in = driver.createInputTopic("in", Serdes.String().serializer(),
                    EventSerdes.ENRICHED_MENTION.serializer());
            TestOutputTopic<String, AlertEvent> out = driver.createOutputTopic("out", Serdes.String().deserializer(),
                    EventSerdes.ALERT_EVENT.deserializer());
            Random rnd = new Random(7);
            int n = 0;
            Instant wave = T0.plus(Duration.ofDays(8)).plus(Duration.ofHours(10));
            for (Instant hour = T0; hour.isBefore(wave.plus(Duration.ofHours(6))); hour = hour.plus(Duration.ofHours(1))) {
                int negatives = hour.equals(wave) || hour.equals(wave.plus(Duration.ofHours(1))) ? 20 : 3;
                for (int i = 0; i < 10 + negatives; i++) {
                    Instant t = hour.plusSeconds(rnd.nextInt(3600));
                    boolean negative = i < negatives;
                    String title = negative && negatives > 3 ? "Incendie géant au port de Marseille " + i : "Titre " + i;
                    in.pipeInput("m" + n, mention("m" + n++, t, negative, "environmental", title), t);
                }
            }
            // A late mention beyond the grace period is dropped, not counted in a closed window.
            in.pipeInput("late", mention("late", wave, true, null, "late"), wave);
            List<AlertEvent> alerts = out.readValuesToList();
            assertThat(alerts).filteredOn(a -> a.series().equals("all")).extracting(AlertEvent::step)
                    .containsExactly(AlertStep.OPENED, AlertStep.RESOLVED);
            AlertEvent opened = alerts.get(0);
            assertThat(opened.windowStart()).isEqualTo(wave);
            assertThat(opened.negativeStories()).isEqualTo(20);
            assertThat(opened.topStories()).isNotEmpty();
            assertThat(opened.terms()).contains("incendie");
            assertThat(alerts).filteredOn(a -> "environmental".equals(a.pillar())).isNotEmpty();
            assertThat(metrics.get("windows_ignored")).isZero();
        }
    }
}
