package io.vigie.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most {@code perHost} requests in flight, and successive request starts
 * spaced by at least {@code minDelay}, so a burst of new articles from one outlet stays polite.
 */
final class HostLimiter {
    private final int perHost;
    private final Duration minDelay;
    private final Sleeper sleeper;
    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

    private record Slot(Semaphore permits, IntervalGate gate) {
    }

    HostLimiter(int perHost, Duration minDelay, Sleeper sleeper) {
        this.perHost = perHost;
        this.minDelay = minDelay;
        this.sleeper = sleeper;
    }

    Permit acquire(String host) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT),
                h -> new Slot(new Semaphore(perHost, true), new IntervalGate(minDelay, sleeper)));
        slot.permits().acquire();
        try {
            slot.gate().await();
        } catch (InterruptedException e) {
            slot.permits().release();
            throw e;
        }
        return slot.permits()::release;
    }

    interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
