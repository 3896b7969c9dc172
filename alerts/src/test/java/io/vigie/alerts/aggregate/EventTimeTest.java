package io.vigie.alerts.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventTimeTest {
    static final Instant SEEN = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void trustsAPlausiblePublicationDate() {
        Instant published = SEEN.minus(Duration.ofHours(5));
        assertThat(EventTime.resolve(published, SEEN)).isEqualTo(
                new EventTime.Resolved(published, EventTime.Source.PUBLISHED));
        // Within the tolerated clock skew.
        assertThat(EventTime.resolve(SEEN.plus(Duration.ofMinutes(30)), SEEN).source())
                .isEqualTo(EventTime.Source.PUBLISHED);
    }

    @Test
    void missingDateFallsBackToFirstSeen() {
        assertThat(EventTime.resolve(null, SEEN)).isEqualTo(new EventTime.Resolved(SEEN, EventTime.Source.NO_DATE));
    }

    @Test
    void futureDateFallsBackToFirstSeen() {
        assertThat(EventTime.resolve(Instant.parse("2031-01-01T00:00:00Z"), SEEN))
                .isEqualTo(new EventTime.Resolved(SEEN, EventTime.Source.FUTURE_DATE));
    }

    @Test
    void farPastIsStaleAndUnusable() {
        EventTime.Resolved r = EventTime.resolve(Instant.parse("2019-05-01T00:00:00Z"), SEEN);
        assertThat(r.source()).isEqualTo(EventTime.Source.STALE);
        assertThat(r.usable()).isFalse();
    }
}
