package io.vigie.alerts.detect;

import java.util.ArrayList;
import java.util.List;
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
 * @param eventStories    stories of the previous windows of the declared event in progress (0 outside events)
 * @param eventExpected   their widened expectation: an event busier than declared raises its own baseline
 * @param ewmaShare       recent negative share of relevant mentions, -1 when unknown
 * @param termBaseline    decayed counts of terms in negative titles
 * @param termTitles      decayed count of titles behind termBaseline
 * @param recent          what the last windows saw and expected, most recent first (at most
 *                        {@code scanWindows - 1}), for the multi-window scan
 * @param incident        current or last incident, null when none yet
 */
public record SeriesState(String series, long lastWindow, long windowsSeen, History history, double ewmaObserved,
                          double ewmaSeasonal, double ewmaWeight, double cusum, double runStories,
                          double runExpected, double eventStories, double eventExpected, double ewmaShare, Map<String, Double> termBaseline, double termTitles,
                          List<Window> recent, Incident incident) {
    public SeriesState {
        termBaseline = termBaseline == null ? Map.of() : Map.copyOf(termBaseline);
        recent = recent == null ? List.of() : List.copyOf(recent);
    }

    /** The recent windows with {@code latest} first, keeping at most {@code keep}. */
    public List<Window> recentWith(Window latest, int keep) {
        List<Window> next = new ArrayList<>(Math.min(keep, recent.size() + 1));
        next.add(latest);
        for (int i = 0; i < recent.size() && next.size() < keep; i++) {
            next.add(recent.get(i));
        }
        return keep <= 0 ? List.of() : next;
    }

    /** What a window saw and expected, for the multi-window scan. */
    public record Window(double observed, double expectedStories, int stories) {
    }

    public static SeriesState initial(String series, DetectorSettings settings) {
        return new SeriesState(series, -1, 0,
                History.empty(settings.baselineWeeks() * settings.windowsPerWeek() + 2), 0, 0, 0, 0, 0, 0, 0, 0, -1, Map.of(), 0,
                List.of(), null);
    }
}
