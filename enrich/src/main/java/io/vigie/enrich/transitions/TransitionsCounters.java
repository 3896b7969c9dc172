package io.vigie.enrich.transitions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counts for status lines and metrics. */
public final class TransitionsCounters {
    private final LongAdder classified = new LongAdder();
    private final LongAdder withPillar = new LongAdder();
    private final LongAdder forefront = new LongAdder();
    private final LongAdder lagging = new LongAdder();
    private final LongAdder noFrameNotRelevant = new LongAdder();
    private final LongAdder negatedCues = new LongAdder();
    private final LongAdder emptyText = new LongAdder();
    private final LongAdder themeOther = new LongAdder();

    /** A text that reached no broad news theme and was filed under "other": a rising share means missing cues. */
    void recordOtherTheme() {
        themeOther.increment();
    }

    void record(boolean empty, boolean pillar, String frame, boolean frameBlockedByTerritory, int negated) {
        classified.increment();
        if (empty) {
            emptyText.increment();
        }
        if (pillar) {
            withPillar.increment();
        }
        if ("forefront".equals(frame)) {
            forefront.increment();
        } else if ("lagging".equals(frame)) {
            lagging.increment();
        }
        if (frameBlockedByTerritory) {
            noFrameNotRelevant.increment();
        }
        negatedCues.add(negated);
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("transitions_classified", classified.sum());
        m.put("transitions_with_pillar", withPillar.sum());
        m.put("transitions_forefront", forefront.sum());
        m.put("transitions_lagging", lagging.sum());
        m.put("transitions_frame_blocked_not_relevant", noFrameNotRelevant.sum());
        m.put("transitions_negated_frame_cues", negatedCues.sum());
        m.put("transitions_empty_text", emptyText.sum());
        m.put("transitions_news_theme_other", themeOther.sum());
        return Map.copyOf(m);
    }
}
