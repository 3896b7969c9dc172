package io.vigie.testkit;

import java.nio.file.Path;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import io.vigie.infra.kafka.EmbeddedKafka;

/** Starts Kafka in the chosen mode, configured like the embedded broker used by {@code vigie up}. */
final class KafkaLauncher {

    static final String ENDPOINT_VARIABLE = "KAFKA_BOOTSTRAP_SERVERS";
    static final String IMAGE = "apache/kafka:4.1.1";

    private KafkaLauncher() {
    }

    static RunningService launch(InfraMode mode, ModeSelector selector, TempDirs tempDirs) {
        return switch (mode) {
            case EXTERNAL -> RunningService.external(selector.endpoint(ENDPOINT_VARIABLE));
            case DOCKER -> docker();
            case LOCAL -> local(tempDirs.create("vigie-kafka-"));
        };
    }

    private static RunningService docker() {
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(IMAGE))
                // Same behaviour as EmbeddedKafka, so tests do not pass in one mode and fail in another.
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        kafka.start();
        return new RunningService(kafka.getBootstrapServers(), InfraMode.DOCKER, kafka::stop);
    }

    private static RunningService local(Path dataDir) {
        EmbeddedKafka kafka = EmbeddedKafka.builder(dataDir).build().start();
        return new RunningService(kafka.bootstrapServers(), InfraMode.LOCAL, kafka);
    }
}
