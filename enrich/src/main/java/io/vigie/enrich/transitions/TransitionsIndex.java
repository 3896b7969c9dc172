package io.vigie.enrich.transitions;

import io.vigie.model.Sentiment;
import io.vigie.model.Transitions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The <b>transitions image index</b>: is the territory seen internationally as "a Mediterranean
 * territory at the forefront of the economic, environmental and social transitions"?
 *
 * <p><b>Population.</b> Mentions that are about the territory (territory relevance decision) and
 * come from an international outlet. Each mention carries a weight w &gt; 0 (audience weight; 1
 * when unweighted).
 *
 * <p><b>Share.</b> The weighted share of that population whose text is tied to at least one
 * transition pillar (economic, environmental, social) <i>and</i> whose sentiment toward the territory
 * is non-negative (positive or neutral): {@code share = Σ w[pillar ∧ sentiment ≥ 0] / Σ w}. A
 * mention without a sentiment label stays in the denominator but never in the numerator, so missing
 * sentiment can only lower the share. Per-pillar shares use the same denominator with "at least one
 * pillar" replaced by "this pillar".
 *
 * <p><b>Confidence interval.</b> 95% Wilson score interval (z = 1.96) for the share, computed with
 * the Kish effective sample size {@code n_eff = (Σ w)² / Σ w²} in place of n, which equals the
 * plain count when all weights are equal and shrinks when a few heavy outlets dominate.
 *
 * <p><b>Balance.</b> Among population mentions with a pillar and a frame, with F and L the summed
 * weights framed forefront and lagging: {@code balance = (F − L) / (F + L)}, from −1 (only lagging)
 * to +1 (only forefront); undefined (NaN) when F + L = 0. Sentiment does not enter the balance.
 *
 * <p>A pure function: no I/O, no clock, the same inputs give the same result.
 */
public final class TransitionsIndex {
    static final double Z95 = 1.959963984540054;

    private TransitionsIndex() {
    }

    public static IndexResult compute(Collection<IndexInput> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        int count = 0;
        int unknownSentiment = 0;
        double total = 0;
        double squares = 0;
        double hits = 0;
        double forefront = 0;
        double lagging = 0;
        Map<String, Double> pillarHits = new LinkedHashMap<>();
        ThemeVocabulary.PILLARS.forEach(p -> pillarHits.put(p, 0.0));
        for (IndexInput in : inputs) {
            Objects.requireNonNull(in, "index input");
            if (!in.relevant() || !in.international()) {
                continue;
            }
            count++;
            total += in.weight();
            squares += in.weight() * in.weight();
            if (in.sentimentLabel() == null) {
                unknownSentiment++;
            }
            boolean nonNegative = Sentiment.POSITIVE.equals(in.sentimentLabel())
                    || Sentiment.NEUTRAL.equals(in.sentimentLabel());
            boolean pillar = in.pillars().stream().anyMatch(ThemeVocabulary.PILLARS::contains);
            if (pillar && nonNegative) {
                hits += in.weight();
                for (String p : ThemeVocabulary.PILLARS) {
                    if (in.pillars().contains(p)) {
                        pillarHits.merge(p, in.weight(), Double::sum);
                    }
                }
            }
            if (pillar && Transitions.FOREFRONT.equals(in.frame())) {
                forefront += in.weight();
            } else if (pillar && Transitions.LAGGING.equals(in.frame())) {
                lagging += in.weight();
            }
        }
        double share = total == 0 ? Double.NaN : hits / total;
        double nEff = squares == 0 ? 0 : total * total / squares;
        double[] ci = wilson(share, nEff, Z95);
        Map<String, Double> pillarShares = new LinkedHashMap<>();
        double denominator = total;
        pillarHits.forEach((p, w) -> pillarShares.put(p, denominator == 0 ? Double.NaN : w / denominator));
        double balance = forefront + lagging == 0 ? Double.NaN : (forefront - lagging) / (forefront + lagging);
        return new IndexResult(count, total, nEff, share, ci[0], ci[1], pillarShares, forefront, lagging, balance,
                unknownSentiment);
    }

    /** Wilson score interval; [NaN, NaN] when n is 0. */
    static double[] wilson(double p, double n, double z) {
        if (!(n > 0) || Double.isNaN(p)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
