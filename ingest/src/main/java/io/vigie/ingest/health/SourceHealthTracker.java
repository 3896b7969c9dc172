package io.vigie.ingest.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Mutable, thread-safe health of one source; {@link #snapshot()} gives an immutable view. */
public final class SourceHealthTracker {
    private final String sourceId;
    private final LongAdder itemsSeen = new LongAdder();
    private final LongAdder mentionsSent = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder pageFallbacks = new LongAdder();
    private final LongAdder robotsDisallowed = new LongAdder();
    private final LongAdder delayMillis = new LongAdder();
    private final LongAdder delaySamples = new LongAdder();
    private final ConcurrentHashMap<String, LongAdder> errors = new ConcurrentHashMap<>();
    private volatile Instant lastSuccess;
    private volatile String lastError;
    private volatile Instant lastErrorAt;
    private volatile Schedule schedule = new Schedule(null, null, 0);

    private record Schedule(Instant nextPollAt, Duration interval, int failures) {
    }

    public SourceHealthTracker(String sourceId) {
        this.sourceId = sourceId;
    }

    /** A tracker resuming from persisted health (counters continue from there). */
    public static SourceHealthTracker restore(SourceHealth h) {
        SourceHealthTracker t = new SourceHealthTracker(h.sourceId());
        t.lastSuccess = h.lastSuccess();
        t.lastError = h.lastError();
        t.lastErrorAt = h.lastErrorAt();
        t.itemsSeen.add(h.itemsSeen());
        t.mentionsSent.add(h.mentionsSent());
        t.duplicates.add(h.duplicates());
        t.pageFallbacks.add(h.pageFallbacks());
        t.robotsDisallowed.add(h.robotsDisallowed());
        if (h.averageDelay() != null && h.delaySamples() > 0) {
            t.delaySamples.add(h.delaySamples());
            t.delayMillis.add(h.averageDelay().toMillis() * h.delaySamples());
        }
        h.errorsByKind().forEach((k, v) -> t.errors.computeIfAbsent(k, x -> new LongAdder()).add(v));
        t.schedule = new Schedule(h.nextPollAt(), h.pollInterval(), h.consecutiveFailures());
        return t;
    }

    public String sourceId() {
        return sourceId;
    }

    public void success(Instant at) {
        lastSuccess = at;
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    public void error(String kind, String reason, Instant at) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        lastError = reason;
        lastErrorAt = at;
    }

    public void itemsSeen(long n) {
        itemsSeen.add(n);
    }

    public void mentionSent() {
        mentionsSent.increment();
    }

    public void duplicate() {
        duplicates.increment();
    }

    public void pageFallback() {
        pageFallbacks.increment();
    }

    public void robotsDisallowed() {
        robotsDisallowed.increment();
    }

    /** Time between an item's publication and its first sighting; negative values (clock skew) are ignored. */
    public void delay(Duration d) {
        if (!d.isNegative()) {
            delayMillis.add(d.toMillis());
            delaySamples.increment();
        }
    }

    /** Records the schedule decided after a poll. */
    public void scheduled(Instant nextPollAt, Duration interval, int consecutiveFailures) {
        schedule = new Schedule(nextPollAt, interval, consecutiveFailures);
    }

    public Instant nextPollAt() {
        return schedule.nextPollAt();
    }

    public Duration pollInterval() {
        return schedule.interval();
    }

    public int consecutiveFailures() {
        return schedule.failures();
    }

    public SourceHealth snapshot() {
        Map<String, Long> byKind = new TreeMap<>();
        errors.forEach((k, v) -> byKind.put(k, v.sum()));
        long samples = delaySamples.sum();
        Schedule s = schedule;
        return new SourceHealth(sourceId, lastSuccess, lastError, lastErrorAt, itemsSeen.sum(), mentionsSent.sum(),
                duplicates.sum(), pageFallbacks.sum(), byKind, robotsDisallowed.sum(),
                samples == 0 ? null : Duration.ofMillis(delayMillis.sum() / samples), samples,
                s.nextPollAt(), s.interval(), s.failures());
    }
}
