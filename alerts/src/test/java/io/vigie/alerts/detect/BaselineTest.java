package io.vigie.alerts.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BaselineTest {
    static final int WEEK = 168;
    static final int DAY = 24;
    /** Window 0 is 1970-01-01 00:00 UTC, a Thursday: the probe is a Thursday at 10:00, 4 weeks in. */
    static final long PROBE = 4L * WEEK + 10;

    @Test
    void aNoisyHourOfWeekIsShrunkTowardTheSameHourOfOtherWeekdays() {
        History h = History.empty(4 * WEEK + 2);
        // Every weekday at 09-11 saw 3 stories, except the probe's own hour-of-week, which saw 0
        // (a quiet Thursday streak): the pooled weekday profile pulls the estimate up.
        for (long w = 0; w < PROBE; w++) {
            long hour = Math.floorMod(w, DAY);
            boolean sameHourOfWeek = Math.floorMod(w - PROBE, WEEK) <= 1 || Math.floorMod(PROBE - w, WEEK) <= 1;
            h = h.with(w, hour >= 9 && hour <= 11 ? (sameHourOfWeek ? 0 : 3) : 0, 10, 1);
        }
        Baseline b = Baseline.estimate(h, PROBE, WEEK, 4, 0, 0);
        // 12 hour-of-week samples at 0 and a pooled weekday mean near 3 (weight 24): about 2.
        assertThat(b.expected()).isBetween(1.5, 2.5);
        assertThat(b.samples()).isEqualTo(12 + 24);
    }

    @Test
    void weekendHoursAreNotPooledWithWeekdays() {
        History h = History.empty(4 * WEEK + 2);
        long saturday = PROBE + 2 * DAY; // Thursday + 2 days
        for (long w = 0; w < saturday; w++) {
            long dayOfWeek = Math.floorMod(Math.floorDiv(w, (long) DAY) + 3, 7L);
            h = h.with(w, dayOfWeek >= 5 ? 1 : 6, 10, 1);
        }
        Baseline b = Baseline.estimate(h, saturday, WEEK, 4, 0, 0);
        assertThat(b.expected()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theNegativeBinomialCusumStepGrowsLessPerStoryWhenOverDispersed() {
        // Poisson: k ln 2 - mean.
        assertThat(NegativeBinomial.logLikelihoodRatio(8, 4, 2, 0)).isCloseTo(8 * Math.log(2) - 4, within(1e-9));
        double poisson = NegativeBinomial.logLikelihoodRatio(30, 15, 2, 0);
        double dispersed = NegativeBinomial.logLikelihoodRatio(30, 15, 2, 0.1);
        assertThat(dispersed).isLessThan(poisson);
        // At the baseline mean the step is negative: no drift without excess.
        assertThat(NegativeBinomial.logLikelihoodRatio(4, 4, 2, 0.05)).isNegative();
    }

    @Test
    void theDaysNewsLoadComesFromTheOtherCoverageOnly() {
        // Four weeks of 20 mentions a window, 2 of them negative (18 others).
        History usual = History.empty(4 * WEEK + 2);
        for (long w = 0; w < PROBE; w++) {
            usual = usual.with(w, 2, 20, 2);
        }
        assertThat(Baseline.dayLoad(usual, PROBE, WEEK, 4, 12, 18, 0)).isCloseTo(1.0, within(1e-9));
        // A negative wave: many more negative mentions, the other coverage unchanged: still 1.
        History wave = usual;
        for (long w = PROBE - 11; w < PROBE; w++) {
            wave = wave.with(w, 2, 40, 22);
        }
        assertThat(Baseline.dayLoad(wave, PROBE, WEEK, 4, 12, 18, 0)).isCloseTo(1.0, within(1e-9));
        // A busy news day: 1.5 times the other coverage for twelve windows.
        History busy = usual;
        for (long w = PROBE - 11; w < PROBE; w++) {
            busy = busy.with(w, 3, 30, 3);
        }
        assertThat(Baseline.dayLoad(busy, PROBE, WEEK, 4, 12, 27, 0)).isCloseTo(1.5, within(1e-9));
        // Thin coverage is shrunk toward 1 by the prior, and the ratio is bounded.
        assertThat(Baseline.dayLoad(busy, PROBE, WEEK, 4, 12, 27, 216)).isCloseTo(1.25, within(1e-9));
        assertThat(Baseline.dayLoad(usual, PROBE, WEEK, 4, 1, 500, 0)).isEqualTo(2.0);
        // No history: no opinion.
        assertThat(Baseline.dayLoad(History.empty(10), 5, WEEK, 4, 12, 30, 20)).isEqualTo(1.0);
    }
}
