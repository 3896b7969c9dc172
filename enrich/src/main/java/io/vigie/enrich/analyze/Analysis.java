package io.vigie.enrich.analyze;

import io.vigie.model.EnrichedMention;
import io.vigie.model.Sentiment;

/**
 * The outcome for one input line, before story grouping.
 *
 * @param request        what was asked
 * @param enriched       the standard enrichment (language, territory, territory sentiment, transitions)
 * @param sentiment      what {@code sentiment} reports: toward the target when the request has one, else
 *                       the territory's
 * @param targetMentions occurrences of the target found (0 without a target)
 */
public record Analysis(AnalyzeRequest request, EnrichedMention enriched, Sentiment sentiment, int targetMentions) {
    public String id() {
        return request.id();
    }

    /** "target" or "territory": what the sentiment is about. */
    public String sentimentAbout() {
        return request.hasTarget() ? "target" : "territory";
    }
}
