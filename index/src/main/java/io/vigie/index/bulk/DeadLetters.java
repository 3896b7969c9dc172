package io.vigie.index.bulk;

import io.vigie.model.DeadLetter;
import io.vigie.model.json.EventSerdes;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes dead letters and waits for Kafka's acknowledgement: the original offset is only
 * committed once its dead letter is durable.
 */
final class DeadLetters {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    static final String STAGE = "index";

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final Serializer<DeadLetter> serializer = EventSerdes.DEAD_LETTER.serializer();

    DeadLetters(Producer<String, byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    void publish(String sourceTopic, int partition, long offset, byte[] key, byte[] value, IndexingFailure failure) {
        DeadLetter letter = DeadLetter.of(STAGE, sourceTopic, partition, offset, key, value, failure);
        LOG.warn("dead-lettering {}-{}@{} (key {}): {}", sourceTopic, partition, offset, letter.key(), letter.reason());
        try {
            producer.send(new ProducerRecord<>(topic, letter.key(), serializer.serialize(topic, letter)))
                    .get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering " + sourceTopic + "-" + partition
                    + "@" + offset, e);
        } catch (ExecutionException | TimeoutException e) {
            // Not committing is the safe outcome: the record comes back after a restart.
            throw new IllegalStateException("cannot write dead letter for " + sourceTopic + "-" + partition + "@"
                    + offset + " to " + topic + ": " + e.getMessage(), e);
        }
    }
}
