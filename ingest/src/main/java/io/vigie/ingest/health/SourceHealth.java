package io.vigie.ingest.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Snapshot of one source's health, also what is persisted between runs.
 *
 * @param sourceId            source id
 * @param lastSuccess         last time the feed was fetched and parsed (or answered 304), null if never
 * @param lastError           last error reason ("HTTP 404 https://..."), null if none
 * @param lastErrorAt         when it happened
 * @param itemsSeen           feed entries looked at, all cycles
 * @param mentionsSent        mentions acknowledged by Kafka
 * @param duplicates          entries skipped as already sent
 * @param pageFallbacks       mentions sent with feed text only (page failed or had no text)
 * @param errorsByKind        error counts by kind (feed_http_status, page_timeout, feed_parse, kafka_send...)
 * @param robotsDisallowed    pages not fetched because robots.txt disallows them (feed text kept)
 * @param averageDelay        mean time from an item's publication to its first sighting, null when unmeasured
 * @param delaySamples        items that mean is over (only items published since the previous look)
 * @param nextPollAt          when the source is due next, null before its first poll
 * @param pollInterval        current polling interval (adapted to the feed's publication rate)
 * @param consecutiveFailures failed polls in a row; above zero the source is backed off
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
        Map<String, Long> errorsByKind,
        long robotsDisallowed,
        Duration averageDelay,
        long delaySamples,
        Instant nextPollAt,
        Duration pollInterval,
        int consecutiveFailures) {

    public SourceHealth {
        errorsByKind = errorsByKind == null ? Map.of() : Map.copyOf(errorsByKind);
    }

    public static SourceHealth empty(String sourceId) {
        return new SourceHealth(sourceId, null, null, null, 0, 0, 0, 0, Map.of(), 0, null, 0, null, null, 0);
    }

    public long errors() {
        return errorsByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether polls are currently spaced out because of repeated failures. */
    public boolean backingOff() {
        return consecutiveFailures > 0;
    }
}
