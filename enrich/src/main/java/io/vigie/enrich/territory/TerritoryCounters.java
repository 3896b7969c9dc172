package io.vigie.enrich.territory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counts of decisions, for status lines and metrics. */
public final class TerritoryCounters {
    private final LongAdder annotated = new LongAdder();
    private final LongAdder relevant = new LongAdder();
    private final LongAdder clubOnly = new LongAdder();
    private final LongAdder falseFriends = new LongAdder();
    private final LongAdder otherReadings = new LongAdder();

    void record(boolean isRelevant, boolean isClubOnly, List<String> evidence) {
        annotated.increment();
        if (isRelevant) {
            relevant.increment();
        }
        if (isClubOnly) {
            clubOnly.increment();
        }
        if (evidence.stream().anyMatch(e -> e.startsWith("false friend"))) {
            falseFriends.increment();
        }
        if (evidence.stream().anyMatch(e -> e.startsWith("not the place") || e.startsWith("the club, not the city"))) {
            otherReadings.increment();
        }
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        out.put("annotated", annotated.sum());
        out.put("relevant", relevant.sum());
        out.put("club_only_football", clubOnly.sum());
        out.put("with_false_friend", falseFriends.sum());
        out.put("with_name_not_the_place", otherReadings.sum());
        return out;
    }
}
