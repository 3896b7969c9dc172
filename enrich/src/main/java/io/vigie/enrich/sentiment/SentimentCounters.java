package io.vigie.enrich.sentiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counts of what the sentiment step decided, for status lines and metrics. */
public final class SentimentCounters {
    private final LongAdder analysed = new LongAdder();
    private final LongAdder positive = new LongAdder();
    private final LongAdder neutral = new LongAdder();
    private final LongAdder negative = new LongAdder();
    private final LongAdder noTarget = new LongAdder();
    private final LongAdder passing = new LongAdder();
    private final LongAdder unsupportedLanguage = new LongAdder();

    void record(String label, boolean hasTarget, boolean aboutTerritory, boolean supported) {
        analysed.increment();
        switch (label) {
            case "positive" -> positive.increment();
            case "negative" -> negative.increment();
            default -> neutral.increment();
        }
        if (!hasTarget) {
            noTarget.increment();
        } else if (!aboutTerritory) {
            passing.increment();
        }
        if (!supported) {
            unsupportedLanguage.increment();
        }
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("sentiment.analysed", analysed.sum());
        m.put("sentiment.positive", positive.sum());
        m.put("sentiment.neutral", neutral.sum());
        m.put("sentiment.negative", negative.sum());
        m.put("sentiment.no_target", noTarget.sum());
        m.put("sentiment.passing_mention", passing.sum());
        m.put("sentiment.unsupported_language", unsupportedLanguage.sum());
        return Map.copyOf(m);
    }
}
