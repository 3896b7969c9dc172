package io.vigie.ingest.health;

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
    private final ConcurrentHashMap<String, LongAdder> errors = new ConcurrentHashMap<>();
    private volatile Instant lastSuccess;
    private volatile String lastError;
    private volatile Instant lastErrorAt;

    public SourceHealthTracker(String sourceId) {
        this.sourceId = sourceId;
    }

    public void success(Instant at) {
        lastSuccess = at;
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

    public SourceHealth snapshot() {
        Map<String, Long> byKind = new TreeMap<>();
        errors.forEach((k, v) -> byKind.put(k, v.sum()));
        return new SourceHealth(sourceId, lastSuccess, lastError, lastErrorAt, itemsSeen.sum(), mentionsSent.sum(),
                duplicates.sum(), pageFallbacks.sum(), byKind);
    }
}
