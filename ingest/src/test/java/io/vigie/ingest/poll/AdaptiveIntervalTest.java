package io.vigie.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdaptiveIntervalTest {
    private static final Duration MIN = Duration.ofMinutes(5);
    private static final Duration MAX = Duration.ofHours(2);
    private static final Duration FALLBACK = Duration.ofMinutes(10);
    private static final Instant T = Instant.parse("2026-07-21T12:00:00Z");

    private static List<Instant> every(Duration gap, int n) {
        List<Instant> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(T.minus(gap.multipliedBy(i)));
        }
        return out;
    }

    @Test
    void halfTheMedianGapClampedToBounds() {
        assertThat(AdaptiveInterval.next(every(Duration.ofMinutes(40), 10), FALLBACK, MIN, MAX)).isEqualTo(Duration.ofMinutes(20));
        assertThat(AdaptiveInterval.next(every(Duration.ofMinutes(2), 10), FALLBACK, MIN, MAX)).isEqualTo(MIN);
        assertThat(AdaptiveInterval.next(every(Duration.ofDays(1), 10), FALLBACK, MIN, MAX)).isEqualTo(MAX);
    }

    @Test
    void medianResistsOneBurstAndUsesOnlyRecentItems() {
        List<Instant> dates = new ArrayList<>(every(Duration.ofMinutes(60), 21));
        dates.add(T.minusSeconds(10)); // a burst of two items at once
        // Older, rarer items beyond the 20 most recent would push the median to days if they counted.
        dates.addAll(every(Duration.ofDays(3), 40).subList(20, 40));
        Duration d = AdaptiveInterval.next(dates, FALLBACK, MIN, MAX);
        assertThat(d).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void fallbackWithoutTwoDatedItems() {
        assertThat(AdaptiveInterval.next(List.of(T), FALLBACK, MIN, MAX)).isEqualTo(FALLBACK);
        assertThat(AdaptiveInterval.next(List.of(T, T), Duration.ofMinutes(1), MIN, MAX)).isEqualTo(MIN);
    }

    @Test
    void backoffDoublesPerFailureUpToTheCap() {
        Duration cap = Duration.ofHours(6);
        assertThat(PollPlanner.backoff(Duration.ofMinutes(10), 1, cap)).isEqualTo(Duration.ofMinutes(10));
        assertThat(PollPlanner.backoff(Duration.ofMinutes(10), 2, cap)).isEqualTo(Duration.ofMinutes(20));
        assertThat(PollPlanner.backoff(Duration.ofMinutes(10), 4, cap)).isEqualTo(Duration.ofMinutes(80));
        assertThat(PollPlanner.backoff(Duration.ofMinutes(10), 9, cap)).isEqualTo(cap);
        assertThat(PollPlanner.backoff(Duration.ofMinutes(10), 60, cap)).isEqualTo(cap);
    }
}
