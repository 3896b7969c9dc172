package io.vigie.enrich.analyze;

import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counters of one or more analyze runs. */
public final class AnalyzeCounters {
    private final LongAdder lines = new LongAdder();
    private final LongAdder analyzed = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder blank = new LongAdder();
    private final LongAdder targeted = new LongAdder();

    void line() {
        lines.increment();
    }

    void blank() {
        blank.increment();
    }

    void outcome(Outcome o) {
        if (o.error() != null) {
            errors.increment();
        } else {
            analyzed.increment();
            if (o.analysis().request().hasTarget()) {
                targeted.increment();
            }
        }
    }

    public long errors() {
        return errors.sum();
    }

    public long analyzed() {
        return analyzed.sum();
    }

    /** {@code analyze.lines}, {@code analyze.analyzed}, {@code analyze.errors}, {@code analyze.blank}, {@code analyze.targeted}. */
    public Map<String, Long> snapshot() {
        return Map.of("analyze.lines", lines.sum(), "analyze.analyzed", analyzed.sum(),
                "analyze.errors", errors.sum(), "analyze.blank", blank.sum(), "analyze.targeted", targeted.sum());
    }
}
