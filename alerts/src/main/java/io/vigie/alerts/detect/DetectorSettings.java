package io.vigie.alerts.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Tuning of the spike detector and incident lifecycle. Zero / null fields take the defaults, which
 * were tuned on the tuning and seen seed sets of {@code AlertsEval}.
 *
 * @param window          aggregation window; must divide a week
 * @param baselineWeeks   weeks of same-hour-of-week history for the seasonal baseline
 * @param minBaseline     floor of the expected distinct negative stories per window, so that 1 -> 3
 *                        articles at night is not a spike
 * @param minStories      fewest distinct negative stories in a window to open an incident
 * @param openFactor      stories / expected stories needed to open an incident (also the shift the
 *                        CUSUM looks for)
 * @param pValue          tail probability under the baseline at or below which a window, a run of
 *                        up to scanWindows windows, or the CUSUM's current run is a spike (series
 *                        {@code all}). Budget: about one false alarm a month is 1/720 per hourly
 *                        window; split Bonferroni-style over the tests that is far smaller, but
 *                        the tests are strongly correlated (nested runs, pillars inside all), so
 *                        the default 1.5e-3 was chosen on the seen seeds (37 seeds, ~190 months)
 *                        at about 0.85 false incidents/month
 * @param cusumThreshold  level of the negative-binomial log-likelihood-ratio CUSUM (rate x openFactor
 *                        against the baseline, same dispersion as the tail test) that, with the
 *                        run's tail test at pValue, opens an incident on a ramp
 * @param escalateFactor  an incident escalates when a window's observed reaches this multiple of
 *                        the last notified observed
 * @param resolveFactor   windows at or above this factor keep an incident open (hysteresis)
 * @param quietWindows    consecutive windows below resolveFactor that resolve an incident
 * @param cooldown        after a resolution, a spike within this time re-opens the same incident
 *                        (silently, unless it escalates) instead of opening a new one
 * @param ewmaAlpha       weight of the latest window in the recent-level EWMA
 * @param shareMinTotal   from this many relevant mentions in a window, the negative share must
 *                        also be unusual (a general surge of coverage is not a negative wave)
 * @param shareFactor     negative share / its usual level needed when shareMinTotal applies
 * @param warmupWindows   windows seen before any alert can fire
 * @param topStories      stories kept per alert
 * @param topTerms        driving terms kept per alert
 * @param overdispersion  negative-binomial dispersion of story counts (variance = mean + d x mean^2):
 *                        what the day's news load (measured on the other coverage, see
 *                        Baseline#dayLoad) leaves unexplained makes counts burstier than Poisson
 * @param scanWindows     longest run of consecutive windows (ending with the current one) whose
 *                        summed stories are tested against their summed expectation: a wave of a
 *                        few extra stories an hour is invisible in one window but not over several
 * @param pillarPValue    pValue for the pillar series: they are subsets of {@code all}, many and
 *                        small, so they need stronger evidence; a wave on one pillar is far above
 *                        that pillar's usual level anyway. Default pValue / 10, chosen on the
 *                        seen seeds (more let pillar noise open a third of the false incidents)
 * @param knownEvents     calendar of predictable events
 */
public record DetectorSettings(
        Duration window,
        int baselineWeeks,
        double minBaseline,
        int minStories,
        double openFactor,
        double pValue,
        double escalateFactor,
        double resolveFactor,
        int quietWindows,
        Duration cooldown,
        double ewmaAlpha,
        int shareMinTotal,
        double shareFactor,
        int warmupWindows,
        int topStories,
        int topTerms,
        double overdispersion,
        double cusumThreshold,
        int scanWindows,
        double pillarPValue,
        List<KnownEvent> knownEvents) {

    public static final Duration WEEK = Duration.ofDays(7);
    static final double DEFAULT_P_VALUE = 1.5e-3;
    static final double DEFAULT_OVERDISPERSION = 0.03;
    static final double DEFAULT_CUSUM = 6;
    static final int DEFAULT_SCAN_WINDOWS = 4;

    public DetectorSettings {
        window = window == null ? Duration.ofHours(1) : window;
        if (window.compareTo(Duration.ofMinutes(5)) < 0 || window.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("alerts window must be between 5m and 1d, was " + window);
        }
        if (WEEK.toMillis() % window.toMillis() != 0) {
            throw new IllegalArgumentException("alerts window must divide a week (e.g. 15m, 1h, 3h, 1d), was " + window);
        }
        baselineWeeks = baselineWeeks == 0 ? 4 : baselineWeeks;
        check(baselineWeeks >= 1 && baselineWeeks <= 12, "baselineWeeks must be in 1..12, was " + baselineWeeks);
        minBaseline = minBaseline == 0 ? 1.0 : minBaseline;
        check(minBaseline > 0, "minBaseline must be > 0, was " + minBaseline);
        minStories = minStories == 0 ? 3 : minStories;
        check(minStories >= 1, "minStories must be >= 1, was " + minStories);
        openFactor = openFactor == 0 ? 2.0 : openFactor;
        check(openFactor > 1, "openFactor must be > 1, was " + openFactor);
        pValue = pValue == 0 ? DEFAULT_P_VALUE : pValue;
        check(pValue > 0 && pValue < 0.5, "pValue must be in (0, 0.5), was " + pValue);
        escalateFactor = escalateFactor == 0 ? 2.0 : escalateFactor;
        check(escalateFactor > 1, "escalateFactor must be > 1, was " + escalateFactor);
        resolveFactor = resolveFactor == 0 ? 1.5 : resolveFactor;
        check(resolveFactor >= 1 && resolveFactor <= openFactor,
                "resolveFactor must be in 1..openFactor, was " + resolveFactor);
        quietWindows = quietWindows == 0 ? 2 : quietWindows;
        check(quietWindows >= 1, "quietWindows must be >= 1, was " + quietWindows);
        cooldown = cooldown == null ? Duration.ofHours(6) : cooldown;
        check(!cooldown.isNegative(), "cooldown must not be negative, was " + cooldown);
        ewmaAlpha = ewmaAlpha == 0 ? 0.02 : ewmaAlpha;
        check(ewmaAlpha > 0 && ewmaAlpha <= 1, "ewmaAlpha must be in (0, 1], was " + ewmaAlpha);
        shareMinTotal = shareMinTotal == 0 ? 30 : shareMinTotal;
        check(shareMinTotal >= 1, "shareMinTotal must be >= 1, was " + shareMinTotal);
        shareFactor = shareFactor == 0 ? 1.3 : shareFactor;
        check(shareFactor >= 1, "shareFactor must be >= 1, was " + shareFactor);
        warmupWindows = warmupWindows == 0 ? (int) (Duration.ofDays(1).toMillis() / window.toMillis()) : warmupWindows;
        check(warmupWindows >= 1, "warmupWindows must be >= 1, was " + warmupWindows);
        topStories = topStories == 0 ? 5 : topStories;
        check(topStories >= 1 && topStories <= 50, "topStories must be in 1..50, was " + topStories);
        topTerms = topTerms == 0 ? 8 : topTerms;
        check(topTerms >= 1 && topTerms <= 50, "topTerms must be in 1..50, was " + topTerms);
        overdispersion = overdispersion == 0 ? DEFAULT_OVERDISPERSION : overdispersion;
        check(overdispersion > 0 && overdispersion <= 5, "overdispersion must be in (0, 5], was " + overdispersion);
        cusumThreshold = cusumThreshold == 0 ? DEFAULT_CUSUM : cusumThreshold;
        check(cusumThreshold > 0, "cusumThreshold must be > 0, was " + cusumThreshold);
        scanWindows = scanWindows == 0 ? DEFAULT_SCAN_WINDOWS : scanWindows;
        check(scanWindows >= 1 && scanWindows <= 24, "scanWindows must be in 1..24, was " + scanWindows);
        pillarPValue = pillarPValue == 0 ? pValue / 10 : pillarPValue;
        check(pillarPValue > 0 && pillarPValue < 0.5, "pillarPValue must be in (0, 0.5), was " + pillarPValue);
        knownEvents = knownEvents == null ? List.of() : List.copyOf(knownEvents);
    }

    public static DetectorSettings defaults() {
        return new DetectorSettings(null, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }

    public DetectorSettings withWindow(Duration newWindow) {
        return new DetectorSettings(newWindow, baselineWeeks, minBaseline, minStories, openFactor, pValue,
                escalateFactor, resolveFactor, quietWindows, cooldown, ewmaAlpha, shareMinTotal, shareFactor,
                newWindow.equals(window) ? warmupWindows : 0, topStories, topTerms, overdispersion, cusumThreshold,
                scanWindows, pillarPValue, knownEvents);
    }

    public DetectorSettings withBaselineWeeks(int weeks) {
        return new DetectorSettings(window, weeks, minBaseline, minStories, openFactor, pValue, escalateFactor,
                resolveFactor, quietWindows, cooldown, ewmaAlpha, shareMinTotal, shareFactor, warmupWindows,
                topStories, topTerms, overdispersion, cusumThreshold, scanWindows, pillarPValue, knownEvents);
    }

    public DetectorSettings withKnownEvents(List<KnownEvent> events) {
        return new DetectorSettings(window, baselineWeeks, minBaseline, minStories, openFactor, pValue,
                escalateFactor, resolveFactor, quietWindows, cooldown, ewmaAlpha, shareMinTotal, shareFactor,
                warmupWindows, topStories, topTerms, overdispersion, cusumThreshold, scanWindows, pillarPValue, events);
    }

    public long windowMillis() {
        return window.toMillis();
    }

    public int windowsPerWeek() {
        return (int) (WEEK.toMillis() / window.toMillis());
    }

    /** Product of the widen factors of the known events overlapping the window, and their names. */
    public Widening widening(Instant windowStart, Instant windowEnd) {
        double widen = 1;
        List<String> names = new ArrayList<>();
        for (KnownEvent event : knownEvents) {
            if (event.overlaps(windowStart, windowEnd)) {
                widen *= event.widen();
                names.add(event.name());
            }
        }
        return new Widening(widen, List.copyOf(names));
    }

    public record Widening(double factor, List<String> events) {
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("alerts " + message);
        }
    }
}
