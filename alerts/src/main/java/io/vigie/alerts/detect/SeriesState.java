package io.vigie.alerts.detect;

import java.util.Map;

/**
 * Everything the detector remembers about one series: its history, recent levels, term
 * baseline and current or last incident. Immutable; one record per series in the state store.
 *
 * @param series          {@code all} or a pillar
 * @param lastWindow      number of the last window processed, -1 before the first
 * @param windowsSeen     windows processed (for warm-up)
 * @param history         signal ring
 * @param ewmaObserved    recent level of distinct negative stories per window
 * @param ewmaSeasonal    recent level of the seasonal medians (same windows)
 * @param ewmaWeight      recent mean weight of a negative story (turns expected stories into the
 *                        expected weighted signal behind the severity factor), 0 when unknown
 * @param cusum           negative-binomial log-likelihood-ratio CUSUM of stories over expected (accumulates ramps), >= 0
 * @param runStories      stories since the CUSUM last left 0
 * @param runExpected     expected stories over the same windows
 * @param ewmaShare       recent negative share of relevant mentions, -1 when unknown
 * @param termBaseline    decayed counts of terms in negative titles
 * @param termTitles      decayed count of titles behind termBaseline
 * @param previous        assessment numbers of the previous window, null before the first
 * @param incident        current or last incident, null when none yet
 */
public record SeriesState(String series, long lastWindow, long windowsSeen, History history, double ewmaObserved,
                          double ewmaSeasonal, double ewmaWeight, double cusum, double runStories,
                          double runExpected, double ewmaShare, Map<String, Double> termBaseline, double termTitles,
                          Window previous, Incident incident) {
    public SeriesState {
        termBaseline = termBaseline == null ? Map.of() : Map.copyOf(termBaseline);
    }

    /** What the previous window saw and expected, for the two-window test. */
    public record Window(double observed, double expectedStories, int stories) {
    }

    public static SeriesState initial(String series, DetectorSettings settings) {
        return new SeriesState(series, -1, 0,
                History.empty(settings.baselineWeeks() * settings.windowsPerWeek() + 2), 0, 0, 0, 0, 0, 0, -1, Map.of(), 0,
                null, null);
    }
}
