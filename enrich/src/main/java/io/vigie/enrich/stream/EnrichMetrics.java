package io.vigie.enrich.stream;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Thread-safe counters of the enrich stage, shared by all stream threads. They count processing
 * attempts: after a crash, records of an aborted transaction are processed (and counted) again,
 * while the output topics, read with read_committed, hold them once.
 */
public final class EnrichMetrics {
    private final LongAdder enriched = new LongAdder();
    private final LongAdder deadLettered = new LongAdder();
    private final LongAdder threadsReplaced = new LongAdder();
    private final Map<String, LongAdder> byLanguage = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> bySource = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> deadLetteredByReason = new ConcurrentHashMap<>();

    void recordEnriched(String sourceId, String language) {
        enriched.increment();
        byLanguage.computeIfAbsent(language, k -> new LongAdder()).increment();
        bySource.computeIfAbsent(sourceId, k -> new LongAdder()).increment();
    }

    void recordDeadLetter(String reason) {
        deadLettered.increment();
        deadLetteredByReason.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    void recordThreadReplaced() {
        threadsReplaced.increment();
    }

    public EnrichStats snapshot() {
        return new EnrichStats(enriched.sum(), deadLettered.sum(), threadsReplaced.sum(),
                copy(byLanguage), copy(bySource), copy(deadLetteredByReason));
    }

    private static Map<String, Long> copy(Map<String, LongAdder> counters) {
        Map<String, Long> sorted = new TreeMap<>();
        counters.forEach((key, value) -> sorted.put(key, value.sum()));
        return Map.copyOf(sorted);
    }

    /**
     * @param enriched              mentions written to the enriched topic
     * @param deadLettered          records written to the dead-letter topic
     * @param threadsReplaced       stream threads restarted after an unexpected error
     * @param byLanguage            enriched mentions per ISO 639-1 code
     * @param bySource              enriched mentions per source id
     * @param deadLetteredByReason  dead letters per reason kind (undeserializable, empty-value,
     *                              enrich-&lt;step&gt;, unserializable-output)
     */
    public record EnrichStats(long enriched, long deadLettered, long threadsReplaced,
                              Map<String, Long> byLanguage, Map<String, Long> bySource,
                              Map<String, Long> deadLetteredByReason) {
    }
}
