package io.vigie.ingest.poll;

import io.vigie.model.Topics;
import java.time.Duration;
import java.util.Objects;

/**
 * Ingest stage settings (fetching has its own {@link io.vigie.ingest.fetch.FetchSettings}).
 *
 * @param pollInterval      initial interval of a source, and its interval while its items carry no dates
 * @param maxEntriesPerFeed entries looked at per feed and cycle (feeds list newest first)
 * @param fetchPages        fetch article pages; false keeps feed text only
 * @param minPageTextChars  page text shorter than this is treated as "no text" (feed text is kept)
 * @param sendTimeout       wait for the Kafka acknowledgement of one record
 * @param topic             destination topic
 * @param seenMaxIds        ids remembered by the persistent seen store
 * @param minPollInterval   lower bound of the adaptive interval
 * @param maxPollInterval   upper bound of the adaptive interval
 * @param maxBackoff        longest wait before retrying a source that keeps failing
 * @param respectRobots     skip pages that robots.txt disallows (feed text kept)
 * @param robotsTtl         how long a site's robots.txt is trusted before being fetched again
 */
public record IngestSettings(
        Duration pollInterval,
        int maxEntriesPerFeed,
        boolean fetchPages,
        int minPageTextChars,
        Duration sendTimeout,
        String topic,
        int seenMaxIds,
        Duration minPollInterval,
        Duration maxPollInterval,
        Duration maxBackoff,
        boolean respectRobots,
        Duration robotsTtl) {

    public static final Duration DEFAULT_MIN_POLL_INTERVAL = Duration.ofMinutes(5);
    public static final Duration DEFAULT_MAX_POLL_INTERVAL = Duration.ofHours(2);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofHours(6);
    public static final Duration DEFAULT_ROBOTS_TTL = Duration.ofHours(24);

    public static final IngestSettings DEFAULTS = new IngestSettings(
            Duration.ofMinutes(10), 200, true, 200, Duration.ofSeconds(30), Topics.MENTIONS_RAW, 500_000);

    /** The original seven settings; adaptive bounds, backoff and robots take their defaults. */
    public IngestSettings(Duration pollInterval, int maxEntriesPerFeed, boolean fetchPages, int minPageTextChars,
                          Duration sendTimeout, String topic, int seenMaxIds) {
        this(pollInterval, maxEntriesPerFeed, fetchPages, minPageTextChars, sendTimeout, topic, seenMaxIds,
                min(DEFAULT_MIN_POLL_INTERVAL, pollInterval), max(DEFAULT_MAX_POLL_INTERVAL, pollInterval),
                DEFAULT_MAX_BACKOFF, true, DEFAULT_ROBOTS_TTL);
    }

    public IngestSettings {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(sendTimeout, "sendTimeout");
        Objects.requireNonNull(minPollInterval, "ingest.minPollInterval");
        Objects.requireNonNull(maxPollInterval, "ingest.maxPollInterval");
        Objects.requireNonNull(maxBackoff, "ingest.maxBackoff");
        Objects.requireNonNull(robotsTtl, "ingest.robotsTtl");
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
        if (minPollInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("ingest.minPollInterval must be at least 1s, got " + minPollInterval);
        }
        if (maxPollInterval.compareTo(minPollInterval) < 0) {
            throw new IllegalArgumentException("ingest.maxPollInterval (" + maxPollInterval
                    + ") must not be below ingest.minPollInterval (" + minPollInterval + ")");
        }
        if (maxBackoff.compareTo(minPollInterval) < 0) {
            throw new IllegalArgumentException("ingest.maxBackoff must be at least ingest.minPollInterval, got " + maxBackoff);
        }
        if (robotsTtl.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("ingest.robotsTtl must be at least 1m, got " + robotsTtl);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public IngestSettings withPollInterval(Duration interval) {
        return new IngestSettings(interval, maxEntriesPerFeed, fetchPages, minPageTextChars, sendTimeout, topic, seenMaxIds,
                min(minPollInterval, interval), max(maxPollInterval, interval), maxBackoff, respectRobots, robotsTtl);
    }

    public IngestSettings withMinPageTextChars(int chars) {
        return new IngestSettings(pollInterval, maxEntriesPerFeed, fetchPages, chars, sendTimeout, topic, seenMaxIds,
                minPollInterval, maxPollInterval, maxBackoff, respectRobots, robotsTtl);
    }

    public IngestSettings withFetchPages(boolean fetch) {
        return new IngestSettings(pollInterval, maxEntriesPerFeed, fetch, minPageTextChars, sendTimeout, topic, seenMaxIds,
                minPollInterval, maxPollInterval, maxBackoff, respectRobots, robotsTtl);
    }

    public IngestSettings withRespectRobots(boolean respect) {
        return new IngestSettings(pollInterval, maxEntriesPerFeed, fetchPages, minPageTextChars, sendTimeout, topic, seenMaxIds,
                minPollInterval, maxPollInterval, maxBackoff, respect, robotsTtl);
    }

    /** Bounds of the adaptive interval and the backoff cap. */
    public IngestSettings withAdaptiveBounds(Duration min, Duration max, Duration backoffCap) {
        return new IngestSettings(pollInterval, maxEntriesPerFeed, fetchPages, minPageTextChars, sendTimeout, topic, seenMaxIds,
                min, max, backoffCap, respectRobots, robotsTtl);
    }
}
