package io.vigie.report.compute;

import io.vigie.report.compute.ReportData.Story;
import io.vigie.report.data.MentionAggregates;
import io.vigie.report.data.StoryCopy;
import io.vigie.report.data.StoryStats;
import io.vigie.report.period.ReportPeriod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a period's top stories without reading its mentions: a terms aggregation ranks stories by
 * reach (outlets, copies) and then by mean score, once per side; only the few stories shown are
 * fetched, one copy each (collapse on story_id). If the first candidates hold too few stories of a
 * side, the candidate list widens.
 */
public final class StoryFinder {
    private static final int FIRST = 50;
    private static final int MAX = 20_000;

    private final MentionAggregates mentions;
    private final int top;

    public StoryFinder(MentionAggregates mentions, int top) {
        this.mentions = mentions;
        this.top = top;
    }

    public record TopStories(List<Story> positive, List<Story> negative) {
    }

    public TopStories find(ReportPeriod period) {
        Map<String, StoryCopy> unkeyedCopies = new HashMap<>();
        List<StoryStats> unkeyed = new ArrayList<>();
        for (String direction : List.of("desc", "asc")) {
            for (MentionAggregates.UnkeyedStory u : mentions.unkeyedStories(period, top, direction)) {
                if (unkeyedCopies.putIfAbsent(u.stats().key(), u.copy()) == null) {
                    unkeyed.add(u.stats());
                }
            }
        }
        StoryRanking.Ranked ranked;
        int size = Math.max(FIRST, top * 10);
        while (true) {
            MentionAggregates.Candidates pos = mentions.storyCandidates(period, size, "desc");
            MentionAggregates.Candidates neg = mentions.storyCandidates(period, size, "asc");
            Map<String, StoryStats> all = new LinkedHashMap<>();
            pos.stories().forEach(s -> all.put(s.key(), s));
            neg.stories().forEach(s -> all.put(s.key(), s));
            unkeyed.forEach(s -> all.put(s.key(), s));
            ranked = StoryRanking.rank(all.values(), top);
            boolean posDone = ranked.positive().size() >= top || !pos.more();
            boolean negDone = ranked.negative().size() >= top || !neg.more();
            if ((posDone && negDone) || size >= MAX) {
                break;
            }
            size = Math.min(MAX, size * 4);
        }
        List<String> keyed = new ArrayList<>();
        ranked.positive().forEach(s -> addKeyed(keyed, s));
        ranked.negative().forEach(s -> addKeyed(keyed, s));
        Map<String, StoryCopy> leads = new HashMap<>(mentions.storyLeads(period, keyed, false));
        List<String> withoutEvidence = keyed.stream()
                .filter(k -> leads.get(k) == null || leads.get(k).evidence() == null).toList();
        Map<String, StoryCopy> evidence = mentions.storyLeads(period, withoutEvidence, true);
        leads.putAll(unkeyedCopies);
        return new TopStories(stories(ranked.positive(), leads, evidence), stories(ranked.negative(), leads, evidence));
    }

    private static void addKeyed(List<String> keyed, StoryStats s) {
        if (!s.key().startsWith("id:")) {
            keyed.add(s.key());
        }
    }

    private static List<Story> stories(List<StoryStats> ranked, Map<String, StoryCopy> leads,
                                       Map<String, StoryCopy> evidence) {
        List<Story> out = new ArrayList<>();
        for (StoryStats s : ranked) {
            StoryCopy lead = leads.get(s.key());
            if (lead == null) {
                continue; // gone between the aggregation and the fetch
            }
            String ev = lead.evidence() != null ? lead.evidence()
                    : evidence.containsKey(s.key()) ? evidence.get(s.key()).evidence() : null;
            out.add(new Story(s.key(), (int) s.copies(), (int) s.outlets(), lead.title(), lead.url(), lead.outlet(),
                    lead.country(), s.meanScore(), ev));
        }
        return out;
    }
}
