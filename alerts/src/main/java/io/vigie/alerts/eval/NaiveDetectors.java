package io.vigie.alerts.eval;

import io.vigie.alerts.aggregate.MentionSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The two rules a newsroom would write first, for comparison: both look at the hourly count of
 * negative mentions (copies included) of the whole territory.
 */
final class NaiveDetectors {
    static final Duration HOUR = Duration.ofHours(1);

    private NaiveDetectors() {
    }

    /** Negative mentions per hour from {@code start} (index 0) to {@code end}. */
    static int[] hourlyNegatives(List<MentionSignal> mentions, Instant start, Instant end) {
        int[] counts = new int[(int) Duration.between(start, end).toHours()];
        for (MentionSignal m : mentions) {
            if (!m.negative() || !m.relevant() || m.time() == null) {
                continue;
            }
            long h = Duration.between(start, m.time()).toHours();
            if (h >= 0 && h < counts.length) {
                counts[(int) h]++;
            }
        }
        return counts;
    }

    /** Hours whose count reaches {@code threshold}. */
    static List<Integer> staticThreshold(int[] counts, int threshold) {
        List<Integer> alarms = new ArrayList<>();
        for (int h = 0; h < counts.length; h++) {
            if (counts[h] >= threshold) {
                alarms.add(h);
            }
        }
        return alarms;
    }

    /** Hours above the mean + 3 standard deviations of the previous 7 days of hours. */
    static List<Integer> meanPlus3Sigma(int[] counts) {
        List<Integer> alarms = new ArrayList<>();
        int week = 168;
        double sum = 0;
        double sumSq = 0;
        for (int h = 0; h < counts.length; h++) {
            if (h >= week) {
                double mean = sum / week;
                double sd = Math.sqrt(Math.max(0, sumSq / week - mean * mean));
                if (counts[h] > mean + 3 * sd && counts[h] > 0) {
                    alarms.add(h);
                }
                sum -= counts[h - week];
                sumSq -= (double) counts[h - week] * counts[h - week];
            }
            sum += counts[h];
            sumSq += (double) counts[h] * counts[h];
        }
        return alarms;
    }
}
