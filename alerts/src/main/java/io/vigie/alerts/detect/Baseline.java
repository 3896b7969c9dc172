package io.vigie.alerts.detect;

import java.util.Arrays;

/**
 * The expected signal of a window: clipped mean of the same hour-of-week (+-1 window) over the last
 * weeks, shrunk toward the same hour (+-1) of all days of the same kind (weekday or weekend) of
 * those weeks, with a spread from the MAD; before enough seasonal history exists, the recent EWMA
 * alone.
 *
 * @param expected        expected weighted negative stories, before floor and widening
 * @param spread          robust standard deviation estimate, before floor and widening
 * @param seasonalMedian  median of the seasonal samples, NaN when too few
 * @param samples         effective samples behind {@code expected} (hour-of-week samples plus the
 *                        weight of the day-type profile), for the estimation-error term
 */
public record Baseline(double expected, double spread, double seasonalMedian, int samples) {
    static final int MIN_SEASONAL_SAMPLES = 4;
    static final double MAD_TO_SIGMA = 1.4826;
    /**
     * Samples above median + this many sigmas are clipped (a past wave at the same hour). One
     * sigma biased small counts low (a pillar at 0.7 stories an hour came out near 0.5), which the
     * multi-window scan summed into false incidents; two keeps waves out and the bias small.
     */
    static final double CLIP_SIGMAS = 2;

    /** Pure: the baseline of {@code window} from the history before it. */
    public static Baseline estimate(History history, long window, int windowsPerWeek, int weeks,
                                    double ewmaObserved, double ewmaSeasonal) {
        double[] samples = new double[weeks * 3];
        int n = 0;
        for (int k = 1; k <= weeks; k++) {
            for (int d = -1; d <= 1; d++) {
                double v = history.signalAt(window - (long) k * windowsPerWeek + d);
                if (!Double.isNaN(v)) {
                    samples[n++] = v;
                }
            }
        }
        if (n < MIN_SEASONAL_SAMPLES) {
            double level = Math.max(0, ewmaObserved);
            return new Baseline(level, Math.sqrt(level), Double.NaN, n);
        }
        double[] values = Arrays.copyOf(samples, n);
        double median = median(values);
        double[] deviations = new double[n];
        for (int i = 0; i < n; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        double mad = median(deviations);
        // No trend scaling: the recent-level / seasonal-level ratio picked up past waves and declared
        // events and inflated the baseline by up to 25% (measured on the tuning seeds); four weeks
        // of seasonal samples follow a slow trend well enough.
        double trend = 1;
        // The median of small counts is coarse and biased low (often 0 at night): the mean of the
        // samples clipped just above the median keeps that accuracy without letting a past wave in.
        double ceiling = median + CLIP_SIGMAS * Math.max(MAD_TO_SIGMA * mad, Math.sqrt(median) + 1);
        double center = Arrays.stream(values).map(v -> Math.min(v, ceiling)).average().orElse(0);
        double expected = center * trend;
        int samplesUsed = n;
        // Twelve samples of a count of two or three are noisy (the 9-vs-1.4 false alarms): shrink
        // toward the same hours (+-1 window) of every day of the same kind (weekday or weekend)
        // of the same weeks, whose mean rests on five or two times more samples.
        double[] pooled = dayTypeSamples(history, window, windowsPerWeek, weeks);
        if (pooled.length >= MIN_SEASONAL_SAMPLES) {
            double pooledCenter = clippedMean(pooled);
            expected = (n * center + POOL_WEIGHT * pooledCenter) / (n + POOL_WEIGHT);
            samplesUsed = n + (int) Math.min(POOL_WEIGHT, pooled.length);
        }
        return new Baseline(expected, MAD_TO_SIGMA * mad * trend, median, samplesUsed);
    }

    /**
     * The news load of the day: the other (not negative) coverage of the last {@code lookback}
     * windows, this one included, against the same windows of the previous weeks. A busy news day
     * brings more of every kind of story, negative ones included, so the expected negative stories
     * scale with it; a negative wave does not raise the other coverage, so it cannot hide itself.
     * Shrunk toward 1 by {@code prior} pseudo-mentions, bounded to [1/2, 2]; 1 without history.
     */
    public static double dayLoad(History history, long window, int windowsPerWeek, int weeks, int lookback,
                                 int currentNonNegative, double prior) {
        double actual = 0;
        double expected = 0;
        for (int back = 0; back < lookback; back++) {
            long w = window - back;
            int now = back == 0 ? currentNonNegative : history.nonNegativeAt(w);
            if (now < 0) {
                continue;
            }
            double sum = 0;
            int n = 0;
            for (int k = 1; k <= weeks; k++) {
                int past = history.nonNegativeAt(w - (long) k * windowsPerWeek);
                if (past >= 0) {
                    sum += past;
                    n++;
                }
            }
            if (n > 0) {
                actual += now;
                expected += sum / n;
            }
        }
        return clamp((actual + prior) / (expected + prior), 0.5, 2);
    }

    /** Weight, in samples, of the day-type profile against the hour-of-week samples. */
    static final double POOL_WEIGHT = 24;

    /** Same windows (+-1) of the previous days of the same kind (weekday / weekend, UTC) within the weeks. */
    static double[] dayTypeSamples(History history, long window, int windowsPerWeek, int weeks) {
        int windowsPerDay = windowsPerWeek / 7;
        boolean weekend = isWeekend(window, windowsPerDay);
        double[] samples = new double[weeks * 7 * 3];
        int n = 0;
        for (int day = 1; day <= weeks * 7; day++) {
            long sameTime = window - (long) day * windowsPerDay;
            if (isWeekend(sameTime, windowsPerDay) != weekend) {
                continue;
            }
            for (int d = -1; d <= 1; d++) {
                double v = history.signalAt(sameTime + d);
                if (!Double.isNaN(v)) {
                    samples[n++] = v;
                }
            }
        }
        return Arrays.copyOf(samples, n);
    }

    private static boolean isWeekend(long window, int windowsPerDay) {
        // Epoch day 0 (1970-01-01) was a Thursday: +3 makes Monday 0.
        long dayOfWeek = Math.floorMod(Math.floorDiv(window, (long) windowsPerDay) + 3, 7L);
        return dayOfWeek >= 5;
    }

    private static double clippedMean(double[] values) {
        double median = median(values);
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        double ceiling = median + CLIP_SIGMAS * Math.max(MAD_TO_SIGMA * median(deviations), Math.sqrt(median) + 1);
        return Arrays.stream(values).map(v -> Math.min(v, ceiling)).average().orElse(0);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
