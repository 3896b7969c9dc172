package io.vigie.ingest.kafka;

import io.vigie.model.RawMention;
import io.vigie.model.json.EventSerdes;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The producer ingest expects: idempotent, {@code acks=all}, so that an acknowledged mention is on
 * every in-sync replica and a retried send is not written twice. The caller owns and closes it.
 */
public final class RawMentionProducers {

    private RawMentionProducers() {
    }

    public static Properties properties(String bootstrapServers, String clientId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        return p;
    }

    public static Producer<String, RawMention> create(String bootstrapServers, String clientId) {
        return new KafkaProducer<>(properties(bootstrapServers, clientId), new StringSerializer(),
                EventSerdes.RAW_MENTION.serializer());
    }
}
