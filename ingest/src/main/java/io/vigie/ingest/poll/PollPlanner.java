package io.vigie.ingest.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Decides when each source is polled next: its adaptive interval after a success, an exponential
 * backoff after consecutive failures (interval x 2^(failures-1), capped), so that a broken source
 * is not hammered and comes back to its normal pace on the first success.
 */
final class PollPlanner {
    private final IngestSettings settings;

    PollPlanner(IngestSettings settings) {
        this.settings = settings;
    }

    /** The next schedule after a poll that fetched and parsed the feed. */
    Plan afterSuccess(Instant now, Duration currentInterval, Collection<Instant> itemDates) {
        Duration fallback = currentInterval == null ? settings.pollInterval() : currentInterval;
        Duration interval = AdaptiveInterval.next(itemDates, fallback, settings.minPollInterval(), settings.maxPollInterval());
        return new Plan(now.plus(interval), interval, 0);
    }

    /** After a 304: the feed did not change, keep the pace. */
    Plan afterNotModified(Instant now, Duration currentInterval) {
        Duration interval = currentInterval == null ? initialInterval() : currentInterval;
        return new Plan(now.plus(interval), interval, 0);
    }

    Plan afterFailure(Instant now, Duration currentInterval, int previousFailures) {
        Duration interval = currentInterval == null ? initialInterval() : currentInterval;
        int failures = previousFailures + 1;
        Duration backoff = backoff(interval, failures, settings.maxBackoff());
        return new Plan(now.plus(backoff), interval, failures);
    }

    static Duration backoff(Duration interval, int failures, Duration cap) {
        int shift = Math.min(failures - 1, 20);
        long millis = interval.toMillis() << shift;
        if (millis < 0 || millis > cap.toMillis()) {
            return cap.compareTo(interval) < 0 ? interval : cap;
        }
        return Duration.ofMillis(millis);
    }

    private Duration initialInterval() {
        return AdaptiveInterval.clamp(settings.pollInterval(), settings.minPollInterval(), settings.maxPollInterval());
    }

    record Plan(Instant nextPollAt, Duration interval, int consecutiveFailures) {
    }
}
