package io.vigie.enrich.stream;

import io.vigie.enrich.Enricher;
import io.vigie.enrich.EnrichmentException;
import io.vigie.model.DeadLetter;
import io.vigie.model.EnrichedMention;
import io.vigie.model.RawMention;
import io.vigie.model.json.EventSerdes;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deserializes, enriches and serializes each raw record itself, so that every failure ends as a
 * dead letter forwarded in the same stream transaction as the offset commit: a poison record is
 * written to the DLQ exactly once and never blocks its partition. (Kafka Streams 4.1's
 * deserialization handler can only continue or fail; it cannot emit our {@link DeadLetter}
 * transactionally.)
 */
final class EnrichProcessor implements Processor<byte[], byte[], byte[], byte[]> {
    static final String STAGE = "enrich";
    static final String REASON_EMPTY = "empty-value";
    static final String REASON_UNDESERIALIZABLE = "undeserializable";
    static final String REASON_UNSERIALIZABLE_OUTPUT = "unserializable-output";
    static final String REASON_ENRICH_PREFIX = "enrich-";
    static final String REASON_TOO_LARGE = "too-large";

    private static final Logger LOG = LoggerFactory.getLogger(EnrichProcessor.class);

    private final Enricher enricher;
    private final EnrichMetrics metrics;
    private final String inputTopic;
    private final String outputTopic;
    private final Deserializer<RawMention> rawDeserializer = EventSerdes.RAW_MENTION.deserializer();
    private final Serializer<EnrichedMention> enrichedSerializer = EventSerdes.ENRICHED_MENTION.serializer();
    private final Serializer<DeadLetter> deadLetterSerializer = EventSerdes.DEAD_LETTER.serializer();
    private final int maxRecordBytes;
    private ProcessorContext<byte[], byte[]> context;

    EnrichProcessor(Enricher enricher, EnrichMetrics metrics, String inputTopic, String outputTopic, int maxRecordBytes) {
        this.enricher = enricher;
        this.maxRecordBytes = maxRecordBytes;
        this.metrics = metrics;
        this.inputTopic = inputTopic;
        this.outputTopic = outputTopic;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        if (record.value() == null) {
            deadLetter(record, REASON_EMPTY, new IllegalArgumentException("record has no value (tombstone)"));
            return;
        }
        RawMention mention;
        try {
            mention = rawDeserializer.deserialize(inputTopic, record.value());
            if (mention == null) {
                throw new IllegalArgumentException("value is JSON null");
            }
        } catch (RuntimeException e) {
            deadLetter(record, REASON_UNDESERIALIZABLE, e);
            return;
        }
        EnrichedMention enriched;
        try {
            enriched = enricher.enrich(mention);
        } catch (EnrichmentException e) {
            deadLetter(record, REASON_ENRICH_PREFIX + e.step(),
                    new EnrichmentFailure("source " + mention.source().id() + ": " + e.getMessage(), e));
            return;
        } catch (RuntimeException e) {
            deadLetter(record, REASON_ENRICH_PREFIX + "unknown", e);
            return;
        }
        byte[] value;
        try {
            value = enrichedSerializer.serialize(outputTopic, enriched);
        } catch (RuntimeException e) {
            deadLetter(record, REASON_UNSERIALIZABLE_OUTPUT, e);
            return;
        }
        if (value.length > maxRecordBytes) {
            // The producer would reject it and, failing the thread, block the partition for ever.
            deadLetter(record, REASON_TOO_LARGE, new IllegalArgumentException("enriched mention " + enriched.id()
                    + " is " + value.length + " bytes, over the " + maxRecordBytes + "-byte record limit"));
            return;
        }
        context.forward(record.withKey(enriched.id().getBytes(StandardCharsets.UTF_8)).withValue(value),
                EnrichTopology.ENRICHED_SINK);
        metrics.recordEnriched(mention.source().id(), enriched.language().code());
    }

    private void deadLetter(Record<byte[], byte[]> record, String reasonKind, Throwable error) {
        RecordMetadata metadata = context.recordMetadata().orElse(null);
        String topic = metadata == null ? inputTopic : metadata.topic();
        int partition = metadata == null ? -1 : metadata.partition();
        long offset = metadata == null ? -1L : metadata.offset();
        DeadLetter letter = DeadLetter.of(STAGE, topic, partition, offset, record.key(), record.value(), error);
        LOG.warn("dead-lettering {}-{}@{} ({}): {}", topic, partition, offset, reasonKind, letter.reason());
        byte[] value = deadLetterSerializer.serialize(topic, letter);
        if (value.length > maxRecordBytes) {
            // Base64 makes a huge payload bigger still: keep the reason and where to find the original.
            DeadLetter withoutPayload = new DeadLetter(letter.stage(), letter.topic(), letter.partition(),
                    letter.offset(), letter.key(), null,
                    letter.reason() + " (payload of " + record.value().length + " bytes omitted, still in " + topic + ")",
                    letter.errorClass(), letter.at());
            value = deadLetterSerializer.serialize(topic, withoutPayload);
        }
        context.forward(record.withValue(value), EnrichTopology.DLQ_SINK);
        metrics.recordDeadLetter(reasonKind);
    }

    /** Carries the source id into the dead letter's one-line reason. */
    private static final class EnrichmentFailure extends RuntimeException {
        EnrichmentFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
