package io.vigie.model;

import java.util.List;

/**
 * How a mention portrays the territory, and separately the tone of the whole text.
 *
 * @param label      positive, neutral or negative toward the territory
 * @param score      -1..1 toward the territory
 * @param confidence 0..1
 * @param toneLabel  positive, neutral or negative for the whole text
 * @param toneScore  -1..1 for the whole text
 * @param evidence   the sentences or cues that decided it
 */
public record Sentiment(String label, double score, double confidence, String toneLabel, double toneScore,
                        List<String> evidence) {
    public static final String POSITIVE = "positive";
    public static final String NEUTRAL = "neutral";
    public static final String NEGATIVE = "negative";

    public Sentiment {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
