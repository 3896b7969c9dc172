package io.vigie.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.model.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class EnrichSettingsTest {

    @Test
    void defaultsAreExactlyOnceOnThePipelineTopics() {
        EnrichSettings settings = EnrichSettings.defaults("localhost:9092");

        assertThat(settings.applicationId()).isEqualTo("vigie-enrich");
        assertThat(settings.processingGuarantee()).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(settings.numThreads()).isEqualTo(1);
        assertThat(settings.inputTopic()).isEqualTo(Topics.MENTIONS_RAW);
        assertThat(settings.outputTopic()).isEqualTo(Topics.MENTIONS_ENRICHED);
        assertThat(settings.deadLetterTopic()).isEqualTo(Topics.DEAD_LETTERS);
        Properties props = settings.toStreamsProperties();
        assertThat(props).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2")
                .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092")
                .containsEntry("consumer.auto.offset.reset", "earliest");
        // Kafka's own validation accepts what we produce
        new StreamsConfig(props);
    }

    @Test
    void overridesComeLast() {
        EnrichSettings settings = new EnrichSettings("app", "k:1", null, 2, "at_least_once", Duration.ofMillis(200),
                Duration.ofSeconds(5), "in", "out", "dlq", "host-1", Map.of(StreamsConfig.POLL_MS_CONFIG, "50"));

        assertThat(settings.toStreamsProperties()).containsEntry(StreamsConfig.POLL_MS_CONFIG, "50")
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200L)
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2)
                .containsEntry("main.consumer.group.instance.id", "host-1");
        assertThat(EnrichSettings.defaults("k:1").toStreamsProperties()).doesNotContainKey("main.consumer.group.instance.id");
    }

    @Test
    void invalidValuesAreRejectedWithTheFieldName() {
        assertThatThrownBy(() -> EnrichSettings.defaults(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bootstrapServers");
        assertThatThrownBy(() -> new EnrichSettings(null, "k:1", null, 1, "exactly_once", null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("processingGuarantee");
        assertThatThrownBy(() -> new EnrichSettings(null, "k:1", null, -1, null, null, null, null, null, null, null, null))
                .hasMessageContaining("numThreads");
        assertThatThrownBy(() -> new EnrichSettings(null, "k:1", null, 1, null, Duration.ZERO, null, null, null, null, null, null))
                .hasMessageContaining("commitInterval");
        assertThatThrownBy(() -> new EnrichSettings("bad id!", "k:1", null, 1, null, null, null, null, null, null, null, null))
                .hasMessageContaining("applicationId");
        assertThatThrownBy(() -> new EnrichSettings(null, "k:1", null, 1, null, null, null, "a", "a", "b", null, null))
                .hasMessageContaining("must differ");
        assertThatThrownBy(() -> new EnrichSettings(null, "k:1", null, 1, null, null, null, null, null, null, "a b", null))
                .hasMessageContaining("instanceId");
    }
}
