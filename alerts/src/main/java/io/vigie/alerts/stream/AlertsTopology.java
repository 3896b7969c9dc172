package io.vigie.alerts.stream;

import io.vigie.alerts.aggregate.MentionSignal;
import io.vigie.alerts.aggregate.WindowAggregate;
import io.vigie.alerts.detect.AlertDecider;
import io.vigie.alerts.detect.SeriesState;
import io.vigie.model.json.EventSerdes;
import io.vigie.model.json.JsonSerde;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;

/**
 * enriched mentions -> (series, mention) at event time -> windowed aggregate with grace ->
 * final result per window (suppress) -> {@link DetectorProcessor} with the per-series state store
 * -> alert events.
 */
public final class AlertsTopology {
    static final JsonSerde<MentionSignal> SIGNAL = new JsonSerde<>(MentionSignal.class);
    static final JsonSerde<WindowAggregate> AGGREGATE = new JsonSerde<>(WindowAggregate.class);
    static final JsonSerde<SeriesState> STATE = new JsonSerde<>(SeriesState.class);

    private AlertsTopology() {
    }

    public static Topology build(AlertDecider decider, AlertsMetrics metrics, String inputTopic, String outputTopic,
                                 Duration grace) {
        return build(decider, metrics, inputTopic, outputTopic, grace, false);
    }

    /**
     * @param inMemory in-memory stores (tests: no RocksDB flush per TopologyTestDriver commit); the
     *                 service uses persistent stores, which the restart IT exercises
     */
    public static Topology build(AlertDecider decider, AlertsMetrics metrics, String inputTopic, String outputTopic,
                                 Duration grace, boolean inMemory) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(inMemory
                ? Stores.inMemoryKeyValueStore(DetectorProcessor.STORE)
                : Stores.persistentKeyValueStore(DetectorProcessor.STORE), Serdes.String(), STATE));
        Duration window = decider.settings().window();
        Duration retention = window.plus(grace).multipliedBy(2);
        builder.stream(inputTopic, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .process(() -> new SignalProcessor(inputTopic, metrics))
                .groupByKey(Grouped.with("alerts-series", Serdes.String(), SIGNAL))
                .windowedBy(TimeWindows.ofSizeAndGrace(window, grace))
                .aggregate(WindowAggregate::new, (series, signal, agg) -> agg.add(signal),
                        Materialized.<String, WindowAggregate>as(inMemory
                                        ? Stores.inMemoryWindowStore("alerts-windows", retention, window, false)
                                        : Stores.persistentWindowStore("alerts-windows", retention, window, false))
                                .withKeySerde(Serdes.String()).withValueSerde(AGGREGATE))
                .suppress(Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded()).withName("alerts-closed"))
                .toStream()
                .process(() -> new DetectorProcessor(decider, metrics), DetectorProcessor.STORE)
                .to(outputTopic, Produced.with(Serdes.String(), EventSerdes.ALERT_EVENT));
        return builder.build();
    }
}
