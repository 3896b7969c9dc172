package io.vigie.index.bulk;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counters of the index stage, read by status lines and metrics exporters. */
public final class IndexCounters {
    private final LongAdder indexed = new LongAdder();
    private final LongAdder superseded = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final LongAdder bulkRequests = new LongAdder();
    private final LongAdder bulkFailures = new LongAdder();
    private final LongAdder elasticsearchDownPeriods = new LongAdder();
    private final LongAdder commits = new LongAdder();
    private final Map<String, LongAdder> deadLettered = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> indexedBySource = new ConcurrentHashMap<>();
    private final LongAdder dailyBuckets = new LongAdder();
    private final LongAdder dailyFailures = new LongAdder();
    private final LongAdder salvaged = new LongAdder();
    private final LongAdder fieldsDropped = new LongAdder();
    private final LongAdder textsTruncated = new LongAdder();
    private final List<Supplier<Map<String, Long>>> attached = new CopyOnWriteArrayList<>();
    private volatile boolean elasticsearchDown;
    private volatile int pending;

    void indexed(String sourceId) {
        indexed.increment();
        indexedBySource.computeIfAbsent(sourceId == null ? "unknown" : sourceId, k -> new LongAdder()).increment();
    }

    void supersededOne() {
        superseded.increment();
    }

    void retried(int n) {
        retried.add(n);
    }

    void bulkRequest() {
        bulkRequests.increment();
    }

    void bulkFailure() {
        bulkFailures.increment();
    }

    void deadLetteredOne(DeadLetterReason reason) {
        deadLettered.computeIfAbsent(reason.code(), k -> new LongAdder()).increment();
    }

    void committed() {
        commits.increment();
    }

    void elasticsearchDown(boolean down) {
        if (down && !elasticsearchDown) {
            elasticsearchDownPeriods.increment();
        }
        elasticsearchDown = down;
    }

    void dailyRecomputed(int buckets) {
        dailyBuckets.add(buckets);
    }

    void dailyFailure() {
        dailyFailures.increment();
    }

    /** A mention indexed without {@code fields} optional fields whose value had the wrong type. */
    void salvaged(int fields) {
        salvaged.increment();
        fieldsDropped.add(fields);
    }

    void textTruncated() {
        textsTruncated.increment();
    }

    /** Mentions indexed after dropping fields of the wrong type. */
    public long salvaged() {
        return salvaged.sum();
    }

    public long textsTruncated() {
        return textsTruncated.sum();
    }

    /** Counters of a collaborator (story grouping...), merged into {@link #snapshot()}. */
    void attach(Supplier<Map<String, Long>> counters) {
        attached.add(counters);
    }

    public long dailyBucketsRecomputed() {
        return dailyBuckets.sum();
    }

    void pending(int n) {
        pending = n;
    }

    public long indexed() {
        return indexed.sum();
    }

    public long superseded() {
        return superseded.sum();
    }

    public long retried() {
        return retried.sum();
    }

    public long elasticsearchDownPeriods() {
        return elasticsearchDownPeriods.sum();
    }

    public boolean isElasticsearchDown() {
        return elasticsearchDown;
    }

    public long deadLettered() {
        return deadLettered.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long deadLettered(DeadLetterReason reason) {
        LongAdder n = deadLettered.get(reason.code());
        return n == null ? 0 : n.sum();
    }

    /** Flat, sorted snapshot: {@code indexed}, {@code dead_lettered.<reason>}, {@code indexed.source.<id>}... */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        out.put("indexed", indexed.sum());
        out.put("superseded", superseded.sum());
        out.put("retried", retried.sum());
        out.put("bulk_requests", bulkRequests.sum());
        out.put("bulk_failures", bulkFailures.sum());
        out.put("es_down_periods", elasticsearchDownPeriods.sum());
        out.put("es_down", elasticsearchDown ? 1L : 0L);
        out.put("pending", (long) pending);
        out.put("commits", commits.sum());
        out.put("dead_lettered", deadLettered());
        deadLettered.forEach((k, v) -> out.put("dead_lettered." + k, v.sum()));
        indexedBySource.forEach((k, v) -> out.put("indexed.source." + k, v.sum()));
        out.put("daily.buckets_recomputed", dailyBuckets.sum());
        out.put("daily.failures", dailyFailures.sum());
        out.put("salvaged", salvaged.sum());
        out.put("fields_dropped", fieldsDropped.sum());
        out.put("texts_truncated", textsTruncated.sum());
        attached.forEach(s -> out.putAll(s.get()));
        return out;
    }
}
