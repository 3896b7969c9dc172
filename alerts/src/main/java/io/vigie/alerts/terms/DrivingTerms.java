package io.vigie.alerts.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words over-represented in a window's negative titles compared with the usual negative titles:
 * ranked by the smoothed ratio of document frequencies, among words in at least two stories (or
 * one when the window has fewer than three).
 */
public final class DrivingTerms {
    public static final int MAX_BASELINE_TERMS = 3000;

    private DrivingTerms() {
    }

    public static List<String> top(Map<String, Integer> window, int windowTitles, Map<String, Double> baseline,
                                   double baselineTitles, int k) {
        if (windowTitles == 0) {
            return List.of();
        }
        int minCount = windowTitles < 3 ? 1 : 2;
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> e : window.entrySet()) {
            if (e.getValue() < minCount) {
                continue;
            }
            double inWindow = (e.getValue() + 0.5) / (windowTitles + 1.0);
            double usual = (baseline.getOrDefault(e.getKey(), 0.0) + 0.5) / (baselineTitles + 10.0);
            scored.add(Map.entry(e.getKey(), Math.log(inWindow / usual) + 0.1 * Math.log(e.getValue())));
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return scored.stream().limit(k).map(Map.Entry::getKey).toList();
    }

    /** The baseline after one more window: old counts decay, the window's are added, rare terms dropped. */
    public static Map<String, Double> decayAndAdd(Map<String, Double> baseline, Map<String, Integer> window,
                                                  double decay) {
        Map<String, Double> next = new HashMap<>(Math.max(16, baseline.size() + window.size()));
        baseline.forEach((term, count) -> {
            double v = count * decay;
            if (v >= 0.05) {
                next.put(term, v);
            }
        });
        window.forEach((term, count) -> next.merge(term, (double) count, Double::sum));
        if (next.size() > MAX_BASELINE_TERMS) {
            List<Map.Entry<String, Double>> entries = new ArrayList<>(next.entrySet());
            entries.sort(Map.Entry.<String, Double>comparingByValue().reversed());
            next.clear();
            entries.stream().limit(MAX_BASELINE_TERMS).forEach(e -> next.put(e.getKey(), e.getValue()));
        }
        return next;
    }
}
