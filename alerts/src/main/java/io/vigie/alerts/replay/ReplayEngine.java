package io.vigie.alerts.replay;

import io.vigie.alerts.aggregate.MentionSignal;
import io.vigie.alerts.aggregate.WindowAggregate;
import io.vigie.alerts.detect.AlertDecider;
import io.vigie.alerts.detect.Decision;
import io.vigie.alerts.detect.SeriesState;
import io.vigie.alerts.detect.WindowObservation;
import io.vigie.model.AlertEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs mentions through the detector in event time, as fast as possible, without Kafka: every
 * mention lands in its window whatever its arrival order (as if the grace period were infinite),
 * then each series' windows are decided in order, empty windows included.
 */
public final class ReplayEngine {
    private final AlertDecider decider;

    public ReplayEngine(AlertDecider decider) {
        this.decider = decider;
    }

    public List<AlertEvent> run(Iterable<MentionSignal> mentions) {
        return run(mentions, (obs, assessment) -> { });
    }

    /** As {@link #run(Iterable)}, showing every window's assessment to {@code inspector} (evaluation, debugging). */
    public List<AlertEvent> run(Iterable<MentionSignal> mentions,
                                java.util.function.BiConsumer<WindowObservation, io.vigie.alerts.detect.Assessment> inspector) {
        Map<String, TreeMap<Long, WindowAggregate>> bySeries = new HashMap<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (MentionSignal m : mentions) {
            if (m.time() == null || m.timeSource() == io.vigie.alerts.aggregate.EventTime.Source.STALE) {
                continue;
            }
            long window = decider.windowNumber(m.time());
            first = Math.min(first, window);
            last = Math.max(last, window);
            for (String series : m.series()) {
                bySeries.computeIfAbsent(series, s -> new TreeMap<>())
                        .computeIfAbsent(window, w -> new WindowAggregate()).add(m);
            }
        }
        List<AlertEvent> alerts = new ArrayList<>();
        long windowMillis = decider.settings().windowMillis();
        int top = decider.settings().topStories();
        for (Map.Entry<String, TreeMap<Long, WindowAggregate>> series : bySeries.entrySet()) {
            SeriesState state = SeriesState.initial(series.getKey(), decider.settings());
            // Every series starts at the first window of the stream and runs to its last, so that a
            // pillar's quiet periods count as zeros and its incidents can resolve.
            for (long w = first; w <= last; w++) {
                WindowAggregate agg = series.getValue().get(w);
                Instant start = Instant.ofEpochMilli(w * windowMillis);
                Instant end = Instant.ofEpochMilli((w + 1) * windowMillis);
                WindowObservation obs = agg == null ? WindowObservation.empty(series.getKey(), start, end)
                        : agg.toObservation(series.getKey(), start, end, top);
                Decision d = decider.decide(state, obs);
                inspector.accept(obs, d.assessment());
                alerts.addAll(d.alerts());
                state = d.next();
            }
        }
        alerts.sort(Comparator.comparing(AlertEvent::windowEnd).thenComparing(AlertEvent::series)
                .thenComparingInt(AlertEvent::sequence));
        return alerts;
    }
}
