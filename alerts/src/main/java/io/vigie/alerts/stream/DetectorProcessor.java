package io.vigie.alerts.stream;

import io.vigie.alerts.aggregate.WindowAggregate;
import io.vigie.alerts.detect.AlertDecider;
import io.vigie.alerts.detect.Decision;
import io.vigie.alerts.detect.SeriesState;
import io.vigie.alerts.detect.WindowObservation;
import io.vigie.model.AlertEvent;
import java.time.Instant;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds each closed window to the pure {@link AlertDecider} with the series' stored state and
 * forwards the notifications. State and output are committed in the same transaction, so after a
 * crash the window is decided again from the same state and yields the same events.
 */
final class DetectorProcessor implements Processor<Windowed<String>, WindowAggregate, String, AlertEvent> {
    static final String STORE = "alerts-series-state";
    private static final Logger LOG = LoggerFactory.getLogger(DetectorProcessor.class);

    private final AlertDecider decider;
    private final AlertsMetrics metrics;
    private final java.time.Clock clock = java.time.Clock.systemUTC();
    private ProcessorContext<String, AlertEvent> context;
    private KeyValueStore<String, SeriesState> store;

    DetectorProcessor(AlertDecider decider, AlertsMetrics metrics) {
        this.decider = decider;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, AlertEvent> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<Windowed<String>, WindowAggregate> record) {
        String series = record.key().key();
        Instant start = record.key().window().startTime();
        Instant end = record.key().window().endTime();
        WindowObservation obs = record.value() == null ? WindowObservation.empty(series, start, end)
                : record.value().toObservation(series, start, end, decider.settings().topStories());
        SeriesState state = store.get(series);
        if (state == null) {
            state = SeriesState.initial(series, decider.settings());
        }
        Decision decision = decider.advance(state, obs);
        if (decision.ignored() != null) {
            LOG.warn("alerts: {}", decision.ignored());
            metrics.increment("windows_ignored");
            return;
        }
        store.put(series, decision.next());
        metrics.increment("windows_decided");
        if (decision.assessment() != null && decision.assessment().spike()) {
            metrics.increment("spiking_windows");
        }
        for (AlertEvent alert : decision.alerts()) {
            LOG.info("alerts: {} {} ({})", alert.step().code(), alert.incidentId(), alert.reason());
            metrics.increment("alerts_" + alert.step().code());
            // Stamped with the time of the decision, not the window's: a window decided during a
            // catch-up can be weeks old, and a record dated then is past the topic's retention and
            // deleted before the mailer and the indexer read it. The event itself keeps event time.
            context.forward(new Record<>(alert.key(), alert, clock.millis()));
        }
    }
}
