package io.vigie.index.bulk;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The consumer {@link IndexService} expects; the service closes it. */
public final class IndexConsumers {
    private IndexConsumers() {
    }

    /**
     * @param bootstrapServers Kafka bootstrap servers
     * @param extra            further client properties (security...); cannot weaken the settings below
     */
    public static KafkaConsumer<String, byte[]> create(String bootstrapServers, IndexSettings settings,
                                                       Map<String, Object> extra) {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("Kafka bootstrap servers are required");
        }
        Map<String, Object> props = new HashMap<>(extra == null ? Map.of() : extra);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        // Offsets are committed by the service, only once Elasticsearch has acknowledged.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Enrich writes transactionally: aborted records must never reach the index.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.batchSize());
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "vigie-index");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
