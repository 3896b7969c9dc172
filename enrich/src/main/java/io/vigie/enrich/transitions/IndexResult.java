package io.vigie.enrich.transitions;

import java.util.Map;

/**
 * The transitions image index over a set of mentions (see {@link TransitionsIndex} for definitions).
 *
 * @param mentions          relevant international mentions counted (the population)
 * @param totalWeight       their summed weight
 * @param effectiveSize     Kish effective sample size (sum w)^2 / sum w^2, equal to {@code mentions} when unweighted
 * @param share             weighted share tied to a pillar with non-negative sentiment, NaN with no population
 * @param shareLow          lower bound of the 95% Wilson interval of {@code share}
 * @param shareHigh         upper bound
 * @param pillarShares      per pillar, the same share restricted to that pillar
 * @param forefrontWeight   summed weight of population mentions framed forefront (with a pillar)
 * @param laggingWeight     summed weight framed lagging
 * @param balance           (forefront - lagging) / (forefront + lagging), in -1..1; NaN when neither occurs
 * @param unknownSentiment  population mentions with no sentiment label (never counted as non-negative)
 */
public record IndexResult(int mentions, double totalWeight, double effectiveSize, double share, double shareLow,
                          double shareHigh, Map<String, Double> pillarShares, double forefrontWeight,
                          double laggingWeight, double balance, int unknownSentiment) {
    public IndexResult {
        pillarShares = Map.copyOf(pillarShares);
    }
}
