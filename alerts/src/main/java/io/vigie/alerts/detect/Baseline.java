package io.vigie.alerts.detect;

import java.util.Arrays;

/**
 * The expected signal of a window: median of the same hour-of-week (+-1 window) over the last
 * weeks, scaled by the recent trend (EWMA of observed / EWMA of seasonal medians), with a spread
 * from the MAD; before enough seasonal history exists, the recent EWMA alone.
 *
 * @param expected        expected weighted negative stories, before floor and widening
 * @param spread          robust standard deviation estimate, before floor and widening
 * @param seasonalMedian  median of the seasonal samples, NaN when too few
 * @param samples         seasonal samples found
 */
public record Baseline(double expected, double spread, double seasonalMedian, int samples) {
    static final int MIN_SEASONAL_SAMPLES = 4;
    static final double MAD_TO_SIGMA = 1.4826;
    /** Samples above median + this many sigmas are clipped (a past wave at the same hour). */
    static final double CLIP_SIGMAS = 1;

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
        return new Baseline(expected, MAD_TO_SIGMA * mad * trend, median, n);
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
