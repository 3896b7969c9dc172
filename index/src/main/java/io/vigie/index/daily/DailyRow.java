package io.vigie.index.daily;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One daily aggregate document. Shares are null when their denominator is 0 (no scored or framed mention),
 * so that an average over days is not dragged to 0 by days without data.
 */
public record DailyRow(DayBucket bucket, String pillar, long mentions, long stories, long relevantMentions,
                       long internationalMentions, double weightedMentions, long scoredMentions, double sentimentSum,
                       long negativeMentions, long framedMentions, long forefrontMentions) {
    public static final String ALL = "all";
    public static final String NONE = "none";

    public Double sentimentMean() {
        return scoredMentions == 0 ? null : sentimentSum / scoredMentions;
    }

    public Double negativeShare() {
        return scoredMentions == 0 ? null : (double) negativeMentions / scoredMentions;
    }

    public Double forefrontShare() {
        return framedMentions == 0 ? null : (double) forefrontMentions / framedMentions;
    }

    public String id() {
        return bucket.documentId(pillar);
    }

    public Map<String, Object> toDocument(String updatedAt) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("day", bucket.day().toString());
        d.put("lang", bucket.lang());
        d.put("source_country", bucket.country());
        d.put("pillar", pillar);
        d.put("mentions", mentions);
        d.put("stories", stories);
        d.put("relevant_mentions", relevantMentions);
        d.put("international_mentions", internationalMentions);
        d.put("weighted_mentions", weightedMentions);
        d.put("scored_mentions", scoredMentions);
        d.put("sentiment_sum", sentimentSum);
        d.put("sentiment_mean", sentimentMean());
        d.put("negative_mentions", negativeMentions);
        d.put("negative_share", negativeShare());
        d.put("framed_mentions", framedMentions);
        d.put("forefront_mentions", forefrontMentions);
        d.put("forefront_share", forefrontShare());
        d.put("updated_at", updatedAt);
        return d;
    }
}
