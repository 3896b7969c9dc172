package io.vigie.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ModeSelectorTest {

    @Test
    void externalEndpointWinsOverEverything() {
        ModeSelector selector = new ModeSelector(Map.of("KAFKA_BOOTSTRAP_SERVERS", " broker:9092 "), "local", () -> true);
        assertThat(selector.select("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(InfraMode.EXTERNAL);
        assertThat(selector.endpoint("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("broker:9092");
        assertThat(selector.select("ELASTICSEARCH_URL")).isEqualTo(InfraMode.LOCAL);
    }

    @Test
    void dockerWhenAvailableElseLocal() {
        assertThat(new ModeSelector(Map.of(), null, () -> true).select("ELASTICSEARCH_URL")).isEqualTo(InfraMode.DOCKER);
        assertThat(new ModeSelector(Map.of(), null, () -> false).select("ELASTICSEARCH_URL")).isEqualTo(InfraMode.LOCAL);
    }

    @Test
    void forcingSkipsTheDockerProbe() {
        AtomicInteger probes = new AtomicInteger();
        ModeSelector selector = new ModeSelector(Map.of("VIGIE_TEST_INFRA", "LOCAL"), null, () -> probes.incrementAndGet() > 0);
        assertThat(selector.select("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(InfraMode.LOCAL);
        assertThat(probes).hasValue(0);
        assertThat(new ModeSelector(Map.of(), "docker", () -> false).select("X")).isEqualTo(InfraMode.DOCKER);
    }

    @Test
    void rejectsUnknownForcedMode() {
        assertThatThrownBy(() -> new ModeSelector(Map.of(), "podman", () -> false).select("X"))
                .hasMessageContaining("podman");
    }
}
