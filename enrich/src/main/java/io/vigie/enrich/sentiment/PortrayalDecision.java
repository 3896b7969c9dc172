package io.vigie.enrich.sentiment;

import io.vigie.model.Sentiment;
import java.util.Locale;
import java.util.Optional;

/**
 * How the portrayal model's probabilities change the rules' verdict. The rules are precise but miss
 * positive portrayal written without a curated cue (travel writing, openings, praise), so the model
 * only speaks where the rules found the item neutral, and only when it is fairly sure. A pure function.
 */
final class PortrayalDecision {
    private PortrayalDecision() {
    }

    /** The new label and score, with a line of evidence saying why. */
    record Verdict(String label, double score, String note) {
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
        if (!Sentiment.NEUTRAL.equals(ruleLabel)) {
            return Optional.empty();
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
