package io.vigie.enrich.sentiment;

/**
 * Tuning of the sentiment rules. Defaults were tuned on the NewsMTSC train split and the territory
 * dev split (never on the test split).
 *
 * @param generalWeight        scale of general-purpose lexicon valences relative to the news lexicon (0..1]
 * @param alpha                normalisation of a sentence's summed valence: s / sqrt(s² + alpha) (> 0)
 * @param negationScalar       factor applied to a negated word ("not unsafe"): negative, in [-1, 0)
 * @param quoteWeight          weight of words inside quotation marks (0..1]
 * @param hedgeFactor          weight of a sentence with a hedge ("could", "allegedly") (0..1]
 * @param questionFactor       weight of a question (0..1]
 * @param contrastBefore       weight of the clause before "but" (0..1]
 * @param contrastAfter        weight of the clause after "but" (>= 1)
 * @param concessionWeight     weight of a "despite ..." clause (0..1]
 * @param offTargetClauseWeight weight of clauses of a target sentence that do not name the target (0..1]
 * @param neighbourWeight      weight of the sentences next to one naming the territory (0..1]
 * @param titleWeight          weight of the headline when it names the territory or heads a lead that does (> 0)
 * @param listedFactor         weight of a sentence whose only mention is in a list of outside cities (0..1]
 * @param passingFactor        score factor when the text is not about the territory (relevance below threshold) (0..1]
 * @param positiveThreshold    score at or above which the label is positive (0..1)
 * @param negativeThreshold    score at or below which the label is negative (-1..0)
 * @param modelWeight          share of the supervised model in the score of a sentence naming the target, where a
 *                             model exists for the language (English); the rest is the lexicon score [0..1]
 */
public record SentimentSettings(double generalWeight, double alpha, double negationScalar, double quoteWeight,
                                double hedgeFactor, double questionFactor, double contrastBefore, double contrastAfter,
                                double concessionWeight, double offTargetClauseWeight, double neighbourWeight,
                                double titleWeight, double listedFactor, double passingFactor,
                                double positiveThreshold, double negativeThreshold, double modelWeight) {

    public static final double DEFAULT_MODEL_WEIGHT = 0.9;

    /** Settings before the supervised model existed: {@link #DEFAULT_MODEL_WEIGHT} for it. */
    public SentimentSettings(double generalWeight, double alpha, double negationScalar, double quoteWeight,
                             double hedgeFactor, double questionFactor, double contrastBefore, double contrastAfter,
                             double concessionWeight, double offTargetClauseWeight, double neighbourWeight,
                             double titleWeight, double listedFactor, double passingFactor,
                             double positiveThreshold, double negativeThreshold) {
        this(generalWeight, alpha, negationScalar, quoteWeight, hedgeFactor, questionFactor, contrastBefore,
                contrastAfter, concessionWeight, offTargetClauseWeight, neighbourWeight, titleWeight, listedFactor,
                passingFactor, positiveThreshold, negativeThreshold, DEFAULT_MODEL_WEIGHT);
    }

    public SentimentSettings {
        unit("generalWeight", generalWeight);
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("alpha must be > 0, got " + alpha);
        }
        if (!(negationScalar >= -1 && negationScalar < 0)) {
            throw new IllegalArgumentException("negationScalar must be in [-1, 0), got " + negationScalar);
        }
        unit("quoteWeight", quoteWeight);
        unit("hedgeFactor", hedgeFactor);
        unit("questionFactor", questionFactor);
        unit("contrastBefore", contrastBefore);
        if (!(contrastAfter >= 1)) {
            throw new IllegalArgumentException("contrastAfter must be >= 1, got " + contrastAfter);
        }
        unit("concessionWeight", concessionWeight);
        unit("offTargetClauseWeight", offTargetClauseWeight);
        unit("neighbourWeight", neighbourWeight);
        if (!(titleWeight > 0)) {
            throw new IllegalArgumentException("titleWeight must be > 0, got " + titleWeight);
        }
        unit("listedFactor", listedFactor);
        unit("passingFactor", passingFactor);
        if (!(positiveThreshold > 0 && positiveThreshold < 1)) {
            throw new IllegalArgumentException("positiveThreshold must be in (0, 1), got " + positiveThreshold);
        }
        if (!(negativeThreshold < 0 && negativeThreshold > -1)) {
            throw new IllegalArgumentException("negativeThreshold must be in (-1, 0), got " + negativeThreshold);
        }
        if (!(modelWeight >= 0 && modelWeight <= 1)) {
            throw new IllegalArgumentException("modelWeight must be in [0, 1], got " + modelWeight);
        }
    }

    public static SentimentSettings defaults() {
        return new SentimentSettings(0.7, 0.5, -0.6, 0.8, 0.75, 0.7, 0.5, 1.5, 0.5, 0.6, 0.5, 1.5, 0.25, 0.4,
                0.12, -0.12, DEFAULT_MODEL_WEIGHT);
    }

    private static void unit(String name, double v) {
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + v);
        }
    }
}
