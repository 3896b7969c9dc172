package io.vigie.report.compute;

import io.vigie.report.compute.ReportData.Story;
import io.vigie.report.data.MentionRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups copies of a story (same story id) and ranks stories by reach: outlets carrying it, then
 * how strongly they portray the territory. A story's side is the sign of its mean sentiment score,
 * so one hostile copy among ten friendly ones does not put it on both lists.
 */
final class StoryRanking {
    private final List<Story> positive = new ArrayList<>();
    private final List<Story> negative = new ArrayList<>();

    StoryRanking(List<MentionRow> inScope, int top) {
        Map<String, List<MentionRow>> byStory = new LinkedHashMap<>();
        for (MentionRow r : inScope) {
            byStory.computeIfAbsent(r.storyKey(), k -> new ArrayList<>()).add(r);
        }
        List<Story> pos = new ArrayList<>();
        List<Story> neg = new ArrayList<>();
        for (var e : byStory.entrySet()) {
            Story story = story(e.getKey(), e.getValue());
            if (story == null) {
                continue;
            }
            if (story.meanScore() > 0) {
                pos.add(story);
            } else if (story.meanScore() < 0) {
                neg.add(story);
            }
        }
        Comparator<Story> reach = Comparator.comparingInt(Story::outlets).thenComparingInt(Story::copies).reversed();
        pos.sort(reach.thenComparing(Comparator.comparingDouble(Story::meanScore).reversed()).thenComparing(Story::key));
        neg.sort(reach.thenComparing(Comparator.comparingDouble(Story::meanScore)).thenComparing(Story::key));
        positive.addAll(pos.subList(0, Math.min(top, pos.size())));
        negative.addAll(neg.subList(0, Math.min(top, neg.size())));
    }

    List<Story> positive() {
        return List.copyOf(positive);
    }

    List<Story> negative() {
        return List.copyOf(negative);
    }

    private static Story story(String key, List<MentionRow> copies) {
        double sum = 0;
        int scored = 0;
        for (MentionRow r : copies) {
            Double score = scoreOf(r);
            if (score != null) {
                sum += score;
                scored++;
            }
        }
        if (scored == 0) {
            return null;
        }
        MentionRow lead = copies.stream()
                .sorted(Comparator.comparingDouble(MentionRow::audienceWeight).reversed()
                        .thenComparing(MentionRow::timestamp))
                .findFirst().orElseThrow();
        String evidence = lead.evidence() != null ? lead.evidence()
                : copies.stream().map(MentionRow::evidence).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Set<String> outlets = new HashSet<>();
        copies.forEach(r -> outlets.add(r.sourceId() == null ? r.sourceName() : r.sourceId()));
        return new Story(key, copies.size(), outlets.size(), lead.title(), lead.url(), lead.sourceName(),
                lead.sourceCountry(), sum / scored, evidence);
    }

    // A label without a score still says which side the copy is on.
    private static Double scoreOf(MentionRow r) {
        if (r.sentimentScore() != null && !r.sentimentScore().isNaN()) {
            return r.sentimentScore();
        }
        return switch (r.sentimentLabel() == null ? "" : r.sentimentLabel()) {
            case "positive" -> 0.5;
            case "negative" -> -0.5;
            case "neutral" -> 0.0;
            default -> null;
        };
    }
}
