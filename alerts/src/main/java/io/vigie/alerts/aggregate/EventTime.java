package io.vigie.alerts.aggregate;

import java.time.Duration;
import java.time.Instant;

/**
 * Which instant a mention counts at, and whether its dates can be trusted. Third-party dates are
 * often missing or wrong: a missing one falls back to first-seen; one in the future (bad feed,
 * hostile page) would push stream time ahead and close windows early, so it also falls back;
 * one far in the past is an archive article newly discovered, not coverage of today, so it is
 * left out of the windows.
 */
public final class EventTime {
    /** Clock skew tolerated between a publisher's clock and ours. */
    static final Duration SKEW = Duration.ofHours(1);
    /** Beyond this age at discovery, a mention is old news. */
    public static final Duration MAX_AGE = Duration.ofDays(3);

    /** How the time was chosen; the non-{@code PUBLISHED} ones are counted. */
    public enum Source {
        PUBLISHED, NO_DATE, FUTURE_DATE, STALE
    }

    public record Resolved(Instant time, Source source) {
        public boolean usable() {
            return source != Source.STALE;
        }
    }

    private EventTime() {
    }

    /**
     * @param published when the outlet says it published, may be null
     * @param firstSeen when ingest first saw it (never null)
     */
    public static Resolved resolve(Instant published, Instant firstSeen) {
        if (published == null) {
            return new Resolved(firstSeen, Source.NO_DATE);
        }
        if (published.isAfter(firstSeen.plus(SKEW))) {
            return new Resolved(firstSeen, Source.FUTURE_DATE);
        }
        if (published.isBefore(firstSeen.minus(MAX_AGE))) {
            return new Resolved(published, Source.STALE);
        }
        return new Resolved(published, Source.PUBLISHED);
    }
}
