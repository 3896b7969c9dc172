package io.vigie.index.testing;

import static org.awaitility.Awaitility.await;

import io.vigie.model.DeadLetter;
import io.vigie.model.json.EventSerdes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a dead-letter topic from its start, as a fresh consumer group, until enough letters arrived. */
public final class DeadLetters {
    private DeadLetters() {
    }

    /** At least {@code expected} dead letters of {@code dlq}; fails the test when they don't come in {@code patience}. */
    public static List<DeadLetter> read(String bootstrap, String dlq, int expected, Duration patience) {
        List<DeadLetter> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of(dlq));
            await().atMost(patience).until(() -> {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    out.add(EventSerdes.DEAD_LETTER.deserializer().deserialize(dlq, r.value()));
                }
                return out.size() >= expected;
            });
        }
        return out;
    }
}
