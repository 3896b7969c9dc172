package io.vigie.ingest.poll;

import java.time.Duration;
import java.time.Instant;

/**
 * Outcome of one polling cycle.
 *
 * @param started        cycle start
 * @param duration       wall time
 * @param sources        sources polled
 * @param sourcesFailed  sources whose feed could not be fetched or parsed
 * @param notModified    feeds answered 304
 * @param entries        feed entries looked at
 * @param duplicates     entries already sent (this or an earlier cycle, any feed)
 * @param sent           mentions acknowledged by Kafka
 * @param pageFallbacks  mentions sent with feed text only
 * @param errors         errors of any kind (each also logged and counted per source)
 */
public record CycleSummary(Instant started, Duration duration, int sources, int sourcesFailed, int notModified,
                           long entries, long duplicates, long sent, long pageFallbacks, long errors) {

    /** One status line, e.g. for the app's console. */
    public String line() {
        return String.format("ingest cycle: %d sources (%d failed, %d not modified), %d entries, %d new, "
                        + "%d duplicates, %d feed-only, %d errors in %d ms",
                sources, sourcesFailed, notModified, entries, sent, duplicates, pageFallbacks, errors, duration.toMillis());
    }
}
