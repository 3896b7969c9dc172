package io.vigie.ingest.poll;

import io.vigie.model.Topics;
import java.time.Duration;
import java.util.Objects;

/**
 * Ingest stage settings (fetching has its own {@link io.vigie.ingest.fetch.FetchSettings}).
 *
 * @param pollInterval      delay between the end of a cycle and the start of the next
 * @param maxEntriesPerFeed entries looked at per feed and cycle (feeds list newest first)
 * @param fetchPages        fetch article pages; false keeps feed text only
 * @param minPageTextChars  page text shorter than this is treated as "no text" (feed text is kept)
 * @param sendTimeout       wait for the Kafka acknowledgement of one record
 * @param topic             destination topic
 * @param seenMaxIds        ids remembered by the persistent seen store
 */
public record IngestSettings(
        Duration pollInterval,
        int maxEntriesPerFeed,
        boolean fetchPages,
        int minPageTextChars,
        Duration sendTimeout,
        String topic,
        int seenMaxIds) {

    public static final IngestSettings DEFAULTS = new IngestSettings(
            Duration.ofMinutes(10), 200, true, 200, Duration.ofSeconds(30), Topics.MENTIONS_RAW, 500_000);

    public IngestSettings {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(sendTimeout, "sendTimeout");
        if (pollInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("ingest.pollInterval must be at least 1s, got " + pollInterval);
        }
        if (maxEntriesPerFeed < 1 || maxEntriesPerFeed > 10_000) {
            throw new IllegalArgumentException("ingest.maxEntriesPerFeed must be within 1..10000, got " + maxEntriesPerFeed);
        }
        if (minPageTextChars < 0) {
            throw new IllegalArgumentException("ingest.minPageTextChars must not be negative, got " + minPageTextChars);
        }
        if (sendTimeout.isNegative() || sendTimeout.isZero()) {
            throw new IllegalArgumentException("ingest.sendTimeout must be positive, got " + sendTimeout);
        }
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("ingest.topic must not be blank");
        }
        if (seenMaxIds < 1000) {
            throw new IllegalArgumentException("ingest.seenMaxIds must be at least 1000, got " + seenMaxIds);
        }
    }

    public IngestSettings withPollInterval(Duration interval) {
        return new IngestSettings(interval, maxEntriesPerFeed, fetchPages, minPageTextChars, sendTimeout, topic, seenMaxIds);
    }

    public IngestSettings withMinPageTextChars(int chars) {
        return new IngestSettings(pollInterval, maxEntriesPerFeed, fetchPages, chars, sendTimeout, topic, seenMaxIds);
    }
}
