package io.vigie.ingest.fetch;

import java.time.Duration;

/**
 * Spaces successive passages by at least a fixed interval (per-host politeness, API rate limits).
 * Callers reserve their slot under the lock and wait outside it, so many waiters queue fairly
 * without holding the lock while sleeping.
 */
public final class IntervalGate {
    private final long intervalNanos;
    private final Sleeper sleeper;
    private long nextNanos = Long.MIN_VALUE;

    public IntervalGate(Duration interval, Sleeper sleeper) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative, got " + interval);
        }
        this.intervalNanos = interval.toNanos();
        this.sleeper = sleeper;
    }

    /** Blocks until this caller's slot; returns how long it waited. */
    public Duration await() throws InterruptedException {
        if (intervalNanos == 0) {
            return Duration.ZERO;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long start = nextNanos == Long.MIN_VALUE || nextNanos - now < 0 ? now : nextNanos;
            nextNanos = start + intervalNanos;
            wait = start - now;
        }
        Duration d = Duration.ofNanos(wait);
        if (wait > 0) {
            sleeper.sleep(d);
        }
        return d;
    }
}
