package io.vigie.alerts.stream;

import io.vigie.alerts.aggregate.MentionSignal;
import io.vigie.model.EnrichedMention;
import io.vigie.model.json.EventSerdes;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes an enriched mention and forwards it once per series it belongs to, re-keyed by series
 * and re-timed to its event time. Unreadable records are counted and skipped: enrich already
 * dead-letters bad input, so what reaches here undecodable is not worth stopping alerts for.
 */
final class SignalProcessor implements Processor<byte[], byte[], String, MentionSignal> {
    private static final Logger LOG = LoggerFactory.getLogger(SignalProcessor.class);
    private static final long SKEW_MS = 3_600_000;
    private final Deserializer<EnrichedMention> deserializer = EventSerdes.ENRICHED_MENTION.deserializer();
    private final String topic;
    private final AlertsMetrics metrics;
    private ProcessorContext<String, MentionSignal> context;

    SignalProcessor(String topic, AlertsMetrics metrics) {
        this.topic = topic;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, MentionSignal> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        MentionSignal signal;
        try {
            EnrichedMention mention = record.value() == null ? null : deserializer.deserialize(topic, record.value());
            if (mention == null) {
                throw new IllegalArgumentException("empty value");
            }
            signal = MentionSignal.of(mention);
        } catch (RuntimeException e) {
            metrics.increment("mentions_unreadable");
            context.recordMetadata().ifPresent(m -> LOG.warn("alerts: skipping unreadable record {}-{}@{}: {}",
                    m.topic(), m.partition(), m.offset(), e.getMessage()));
            return;
        }
        metrics.increment("mentions_read");
        switch (signal.timeSource()) {
            case NO_DATE -> metrics.increment("mentions_no_date");
            case FUTURE_DATE -> metrics.increment("mentions_future_date");
            case STALE -> {
                metrics.increment("mentions_stale");
                return;
            }
            default -> {
            }
        }
        if (!signal.relevant()) {
            return;
        }
        long time = signal.time().toEpochMilli();
        // Even first-seen can be wrong (a producer with a bad clock): never ahead of when the
        // record reached Kafka, so one bad clock cannot close everybody's windows early.
        if (record.timestamp() > 0 && time > record.timestamp() + SKEW_MS) {
            metrics.increment("mentions_future_date");
            time = record.timestamp();
        }
        for (String series : signal.series()) {
            context.forward(new Record<>(series, signal, time));
        }
    }
}
