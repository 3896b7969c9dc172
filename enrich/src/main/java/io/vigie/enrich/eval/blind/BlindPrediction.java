package io.vigie.enrich.eval.blind;

import io.vigie.model.EnrichedMention;
import io.vigie.model.Sentiment;
import io.vigie.model.Transitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the production enricher said about one item, normalised to the gold label space: a missing
 * sentiment reads as neutral, a missing frame as none.
 *
 * @param lang      detected language code
 * @param relevant  territory decision
 * @param relevance territory score
 * @param sentiment sentiment label toward the territory
 * @param pillars   transition pillars
 * @param frame     forefront, lagging or none
 * @param evidence  short reasons from the territory, sentiment and transitions steps, for error lists
 * @param failure   the enrichment error when the enricher threw, else null
 */
public record BlindPrediction(String lang, boolean relevant, double relevance, String sentiment, Set<String> pillars,
                              String frame, List<String> evidence, String failure) {
    public BlindPrediction {
        pillars = Set.copyOf(pillars);
        evidence = List.copyOf(evidence);
    }

    public static BlindPrediction of(EnrichedMention enriched) {
        boolean relevant = enriched.territory() != null && enriched.territory().relevant();
        double relevance = enriched.territory() == null ? 0 : enriched.territory().relevance();
        Sentiment sentiment = enriched.sentiment();
        String label = sentiment == null || sentiment.label() == null ? "neutral"
                : sentiment.label().toLowerCase(Locale.ROOT);
        Transitions transitions = enriched.transitions();
        Set<String> pillars = new TreeSet<>();
        String frame = "none";
        if (transitions != null) {
            transitions.pillars().forEach(p -> pillars.add(p.toLowerCase(Locale.ROOT)));
            if (transitions.frame() != null) {
                frame = transitions.frame().toLowerCase(Locale.ROOT);
            }
        }
        List<String> evidence = new ArrayList<>();
        if (enriched.territory() != null) {
            enriched.territory().evidence().forEach(e -> evidence.add("territory: " + e));
        }
        if (sentiment != null) {
            sentiment.evidence().forEach(e -> evidence.add("sentiment: " + e));
        }
        if (transitions != null) {
            transitions.evidence().forEach(e -> evidence.add("transitions: " + e));
        }
        return new BlindPrediction(enriched.language().code(), relevant, relevance, label, pillars, frame, evidence,
                null);
    }

    public static BlindPrediction failed(String failure) {
        return new BlindPrediction("und", false, 0, "neutral", Set.of(), "none", List.of(), failure);
    }

    public boolean failedToEnrich() {
        return failure != null;
    }
}
