package io.vigie.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsDescribeTheEmbeddedRuntime() {
        VigieConfig config = new ConfigLoader(Map.of()).load(null);

        assertThat(config.kafka().embedded()).isTrue();
        assertThat(config.elasticsearch().local()).isTrue();
        assertThat(config.dataDir()).isEqualTo(Path.of(".vigie"));
        assertThat(config.ingest().pollInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.ingest().allowPrivateAddresses()).isFalse();
    }

    @Test
    void fileOverridesDefaultsAndEnvironmentOverridesFile() throws Exception {
        Path file = write("""
                ingest:
                  poll-interval: PT5M
                  max-concurrent-per-host: 4
                index:
                  batch-size: 50
                """);
        Map<String, String> env = Map.of(
                "VIGIE_INGEST_POLL_INTERVAL", "PT1M",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092",
                "VIGIE_INGEST_ALLOW_PRIVATE_ADDRESSES", "true");

        VigieConfig config = new ConfigLoader(env).load(file);

        assertThat(config.ingest().pollInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.ingest().maxConcurrentPerHost()).isEqualTo(4);
        assertThat(config.ingest().allowPrivateAddresses()).isTrue();
        assertThat(config.index().batchSize()).isEqualTo(50);
        assertThat(config.kafka().bootstrapServers()).isEqualTo("kafka-1:9092,kafka-2:9092");
        assertThat(config.kafka().embedded()).isFalse();
    }

    @Test
    void unknownKeyIsNamedWithTheFile() throws Exception {
        Path file = write("""
                ingest:
                  poll-intervall: PT5M
                """);

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'ingest.poll-intervall'")
                .hasMessageContaining(file.toString());
    }

    @Test
    void everyBadValueIsReportedAtOnce() {
        Map<String, String> env = Map.of(
                "VIGIE_KAFKA_PARTITIONS", "0",
                "ELASTICSEARCH_URL", "ftp://es:9200",
                "VIGIE_ELASTICSEARCH_USERNAME", "elastic",
                "VIGIE_INDEX_FLUSH_INTERVAL", "PT0S");

        assertThatThrownBy(() -> new ConfigLoader(env).load(null))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "kafka.partitions must be at least 1, got 0",
                        "elasticsearch.url must be an http(s) URL, got 'ftp://es:9200'",
                        "elasticsearch.username and elasticsearch.password go together",
                        "index.flush-interval must be a positive ISO-8601 duration such as PT15M, got PT0S"));
    }

    @Test
    void unparsableDurationNamesTheKey() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of("VIGIE_STATUS_INTERVAL", "soon")).load(null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("status.interval");
    }

    @Test
    void missingFileIsAClearError() {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(missing + " does not exist");
    }

    @Test
    void envNameFollowsTheKeyPath() {
        assertThat(ConfigLoader.envName("ingest.max-body-bytes")).isEqualTo("VIGIE_INGEST_MAX_BODY_BYTES");
    }

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("vigie.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
