package io.vigie.report.compute;

import java.time.Duration;

/**
 * @param homeCountry      ISO country of domestic outlets (FR): the others are international
 * @param minMentions      below this many mentions in the period the report says it cannot conclude
 * @param windows          periods in the index series (12: a quarter of weeks)
 * @param referenceWindows periods pooled as the baseline of "vs 4 weeks" deltas
 * @param topStories       stories listed per side
 * @param emergingMinCount a term must appear in at least this many stories to be called emerging
 * @param staleAfter       a source without a successful poll for this long is down
 */
public record CalculatorSettings(String homeCountry, int minMentions, int windows, int referenceWindows,
                                 int topStories, int emergingMinCount, Duration staleAfter) {

    public static final CalculatorSettings DEFAULTS = new CalculatorSettings("FR", 20, 12, 4, 5, 3, Duration.ofHours(48));

    public CalculatorSettings {
        if (homeCountry == null || homeCountry.isBlank()) {
            throw new IllegalArgumentException("report.home-country is required, e.g. FR");
        }
        if (minMentions < 1) {
            throw new IllegalArgumentException("report.min-mentions must be >= 1, got " + minMentions);
        }
        if (referenceWindows < 1 || windows < referenceWindows + 1) {
            throw new IllegalArgumentException("report windows (" + windows + ") must exceed reference windows ("
                    + referenceWindows + ") which must be >= 1");
        }
        if (topStories < 1 || emergingMinCount < 1) {
            throw new IllegalArgumentException("report top-stories and emerging-min-count must be >= 1");
        }
        if (staleAfter == null || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("report.source-stale-after must be positive, got " + staleAfter);
        }
    }
}
