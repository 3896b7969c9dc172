package io.vigie.report.compute;

import io.vigie.report.data.StoryStats;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks stories by reach: outlets carrying them, then copies, then how strongly they portray the
 * territory. A story's side is the sign of its mean sentiment score, so one hostile copy among ten
 * friendly ones does not put it on both lists. Pure.
 */
final class StoryRanking {
    private static final Comparator<StoryStats> REACH = Comparator.comparingLong(StoryStats::outlets)
            .thenComparingLong(StoryStats::copies).reversed();

    record Ranked(List<StoryStats> positive, List<StoryStats> negative) {
    }

    private StoryRanking() {
    }

    static Ranked rank(Collection<StoryStats> candidates, int top) {
        List<StoryStats> pos = new ArrayList<>();
        List<StoryStats> neg = new ArrayList<>();
        for (StoryStats s : candidates) {
            double mean = s.meanScore();
            if (mean > 0) {
                pos.add(s);
            } else if (mean < 0) {
                neg.add(s);
            }
        }
        pos.sort(REACH.thenComparing(Comparator.comparingDouble(StoryStats::meanScore).reversed())
                .thenComparing(StoryStats::key));
        neg.sort(REACH.thenComparing(Comparator.comparingDouble(StoryStats::meanScore)).thenComparing(StoryStats::key));
        return new Ranked(List.copyOf(pos.subList(0, Math.min(top, pos.size()))),
                List.copyOf(neg.subList(0, Math.min(top, neg.size()))));
    }
}
