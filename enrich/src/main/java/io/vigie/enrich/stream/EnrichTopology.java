package io.vigie.enrich.stream;

import io.vigie.enrich.Enricher;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.Topology;

/**
 * raw topic -> {@link EnrichProcessor} -> enriched topic (keyed by mention id) or DLQ (keyed like
 * the input). Bytes on both ends: all (de)serialization happens in the processor, where a failure
 * can become a dead letter instead of a stuck or crashed stream thread.
 */
public final class EnrichTopology {
    static final String SOURCE = "raw-mentions";
    static final String PROCESSOR = "enrich";
    static final String ENRICHED_SINK = "enriched-mentions";
    static final String DLQ_SINK = "dead-letters";
    /** Below the producer's default max.request.size (1 MiB), leaving room for headers. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1_000_000;

    private EnrichTopology() {
    }

    public static Topology build(Enricher enricher, EnrichMetrics metrics, String inputTopic, String outputTopic,
                                 String deadLetterTopic, int maxRecordBytes) {
        Topology topology = new Topology();
        topology.addSource(SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), inputTopic);
        topology.addProcessor(PROCESSOR, () -> new EnrichProcessor(enricher, metrics, inputTopic, outputTopic, maxRecordBytes),
                SOURCE);
        topology.addSink(ENRICHED_SINK, outputTopic, new ByteArraySerializer(), new ByteArraySerializer(), PROCESSOR);
        topology.addSink(DLQ_SINK, deadLetterTopic, new ByteArraySerializer(), new ByteArraySerializer(), PROCESSOR);
        return topology;
    }

    public static Topology build(Enricher enricher, EnrichMetrics metrics, EnrichSettings settings) {
        return build(enricher, metrics, settings.inputTopic(), settings.outputTopic(), settings.deadLetterTopic(),
                DEFAULT_MAX_RECORD_BYTES);
    }
}
