package io.vigie.enrich.sentiment;

import io.vigie.model.Sentiment;
import java.util.Locale;
import java.util.Optional;

/**
 * How the portrayal model's probabilities change the rules' verdict. The rules are precise but miss
 * portrayal written without a curated cue (travel writing, openings, praise, decay), so the model speaks
 * where the rules found the item neutral and it is fairly sure, and, optionally, overrules a weak polar
 * verdict of the rules (a low score from one or two cues) when it is very sure. A pure function.
 */
final class PortrayalDecision {
    private PortrayalDecision() {
    }

    /** The new label and score, with a line of evidence saying why. */
    record Verdict(String label, double score, String note) {
    }

    /**
     * When the model may overrule a polar verdict of the rules: their |score| is below {@code maxRuleScore}
     * (one or two weak cues) and the model gives another class at least {@code minProbability}.
     */
    record WeakOverride(double maxRuleScore, double minProbability) {
        WeakOverride {
            if (!(maxRuleScore >= 0 && maxRuleScore <= 1)) {
                throw new IllegalArgumentException("maxRuleScore must be in [0, 1], got " + maxRuleScore);
            }
            if (!(minProbability >= 0 && minProbability <= 1)) {
                throw new IllegalArgumentException("override minProbability must be in [0, 1], got " + minProbability);
            }
        }
    }

    /**
     * @param ruleLabel label from the rules
     * @param p         model probabilities, indexed by {@link TargetSentimentModel#NEG}/NEU/POS
     * @param minProb   probability the polar class needs to overrule a neutral verdict
     * @param band      label threshold of the score (the new score reaches at least its edge)
     * @param positiveOnly when true the model may only turn a neutral verdict positive: the rules'
     *                  negative cues already have high recall, and neutral items read as negative are
     *                  their main confusion
     * @return empty when the rules' verdict stands
     */
    static Optional<Verdict> decide(String ruleLabel, double[] p, double minProb, double band, boolean positiveOnly) {
        return decide(ruleLabel, 0, p, minProb, band, positiveOnly, null);
    }

    /**
     * As {@link #decide(String, double[], double, double, boolean)}, and when {@code override} is not null
     * a polar verdict with |ruleScore| below its bound gives way to the model's most likely class if that
     * class differs and reaches its probability.
     */
    static Optional<Verdict> decide(String ruleLabel, double ruleScore, double[] p, double minProb, double band,
                                    boolean positiveOnly, WeakOverride override) {
        if (!Sentiment.NEUTRAL.equals(ruleLabel)) {
            return overrule(ruleLabel, ruleScore, p, band, override);
        }
        int best = argmax(p);
        if (best == TargetSentimentModel.NEU || p[best] < minProb
                || (positiveOnly && best != TargetSentimentModel.POS)) {
            return Optional.empty();
        }
        double d = p[TargetSentimentModel.POS] - p[TargetSentimentModel.NEG];
        String label = best == TargetSentimentModel.POS ? Sentiment.POSITIVE : Sentiment.NEGATIVE;
        double score = best == TargetSentimentModel.POS ? Math.max(band, d) : Math.min(-band, d);
        score = Math.round(score * 1000) / 1000.0;
        return Optional.of(new Verdict(label, score, String.format(Locale.ROOT,
                "portrayal model: %s (p=%.2f) where the rules found no polar cue", label, p[best])));
    }

    private static Optional<Verdict> overrule(String ruleLabel, double ruleScore, double[] p, double band,
                                              WeakOverride override) {
        if (override == null || Math.abs(ruleScore) >= override.maxRuleScore()) {
            return Optional.empty();
        }
        int best = argmax(p);
        String label = best == TargetSentimentModel.POS ? Sentiment.POSITIVE
                : best == TargetSentimentModel.NEG ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        if (label.equals(ruleLabel) || p[best] < override.minProbability()) {
            return Optional.empty();
        }
        double d = p[TargetSentimentModel.POS] - p[TargetSentimentModel.NEG];
        double score = switch (label) {
            case Sentiment.POSITIVE -> Math.max(band, d);
            case Sentiment.NEGATIVE -> Math.min(-band, d);
            default -> 0;
        };
        score = Math.round(score * 1000) / 1000.0;
        return Optional.of(new Verdict(label, score, String.format(Locale.ROOT,
                "portrayal model: %s (p=%.2f) over a weak %s verdict of the rules (score %.2f)",
                label, p[best], ruleLabel, ruleScore)));
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }
}
