package io.vigie.app.runtime;

import io.vigie.report.live.MetricsRegistry.Type;
import io.vigie.report.live.MetricsRegistry;
import java.util.Map;

/** The metric families every stage reports into, so that dashboards can compare stages. */
final class StageMetrics {
    static final String MENTIONS = "vigie_mentions_total";
    static final String ERRORS = "vigie_errors_total";
    static final String DEAD_LETTERS = "vigie_dead_letters_total";

    private StageMetrics() {
    }

    static void mentions(MetricsRegistry metrics, String stage, String source, long count) {
        metrics.set(MENTIONS, Type.COUNTER, "Mentions that went through a stage, per source",
                Map.of("stage", stage, "source", source), count);
    }

    static void errors(MetricsRegistry metrics, String stage, String kind, long count) {
        metrics.set(ERRORS, Type.COUNTER, "Errors by stage and kind (each also logged with its source and reason)",
                Map.of("stage", stage, "kind", kind), count);
    }

    static void deadLetters(MetricsRegistry metrics, String stage, String reason, long count) {
        metrics.set(DEAD_LETTERS, Type.COUNTER, "Records sent to vigie.dlq, by stage and reason",
                Map.of("stage", stage, "reason", reason), count);
    }

    /** Counters named {@code prefix<kind>} in a snapshot, with the prefix stripped. */
    static Map<String, Long> withPrefix(Map<String, Long> counters, String prefix) {
        Map<String, Long> out = new java.util.TreeMap<>();
        counters.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                out.put(name.substring(prefix.length()), value);
            }
        });
        return out;
    }
}
