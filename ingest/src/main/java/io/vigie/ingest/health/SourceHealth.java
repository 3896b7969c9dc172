package io.vigie.ingest.health;

import java.time.Instant;
import java.util.Map;

/**
 * Snapshot of one source's health.
 *
 * @param sourceId        source id
 * @param lastSuccess     last time the feed was fetched and parsed, null if never
 * @param lastError       last error reason ("HTTP 404 https://..."), null if none
 * @param lastErrorAt     when it happened
 * @param itemsSeen       feed entries looked at, all cycles
 * @param mentionsSent    mentions acknowledged by Kafka
 * @param duplicates      entries skipped as already sent
 * @param pageFallbacks   mentions sent with feed text only (page failed or had no text)
 * @param errorsByKind    error counts by kind (feed_http_status, page_timeout, feed_parse, kafka_send...)
 */
public record SourceHealth(
        String sourceId,
        Instant lastSuccess,
        String lastError,
        Instant lastErrorAt,
        long itemsSeen,
        long mentionsSent,
        long duplicates,
        long pageFallbacks,
        Map<String, Long> errorsByKind) {

    public SourceHealth {
        errorsByKind = Map.copyOf(errorsByKind);
    }

    public long errors() {
        return errorsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
