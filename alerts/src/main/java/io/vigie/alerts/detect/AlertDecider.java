package io.vigie.alerts.detect;

import io.vigie.model.AlertEvent;
import io.vigie.model.AlertStep;
import io.vigie.model.Severity;
import io.vigie.model.StoryRef;
import io.vigie.alerts.terms.DrivingTerms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole alerting decision, pure: given a series' state and its next closed window, whether the
 * window is a spike, what happens to the incident, and which notifications go out. The Kafka
 * topology, the replay command and the evaluation all drive this one class.
 */
public final class AlertDecider {
    public static final String ALL = "all";
    private static final double TERM_DECAY = 0.995;
    /** Keeps a zero baseline (a series never seen at that hour) from making any story infinitely unusual. */
    private static final double MIN_SEASONAL = 0.05;
    /**
     * Pseudo-stories behind the declared level of an event in progress: the event's own level
     * takes over once it has shown about this many stories more or fewer than declared (tuning
     * seeds: events busier than declared opened a sixth of the false incidents).
     */
    static final double EVENT_PRIOR = 8;
    /** How far back the day's news load is measured (tuning seeds: 6 h too noisy, 24 h no better). */
    static final java.time.Duration LOAD_LOOKBACK = java.time.Duration.ofHours(12);
    /** Pseudo-mentions that shrink the news load toward 1 when coverage is thin. */
    static final double LOAD_PRIOR = 20;
    /** An event's own level may raise its declared baseline at most this much. */
    static final double EVENT_MAX_LEVEL = 3;

    private final DetectorSettings settings;

    public AlertDecider(DetectorSettings settings) {
        this.settings = settings;
    }

    public DetectorSettings settings() {
        return settings;
    }

    public long windowNumber(Instant windowStart) {
        return Math.floorDiv(windowStart.toEpochMilli(), settings.windowMillis());
    }

    /**
     * Processes the windows between the last one seen and {@code observation} as empty (a window
     * without any mention is a real zero), then {@code observation}. Windows older than or equal to
     * the last one processed are ignored.
     */
    public Decision advance(SeriesState state, WindowObservation observation) {
        long window = windowNumber(observation.windowStart());
        if (state.lastWindow() >= 0 && window <= state.lastWindow()) {
            return new Decision(state, null, List.of(), "window " + observation.windowStart()
                    + " is not after the last processed one of series " + state.series());
        }
        List<AlertEvent> alerts = new ArrayList<>();
        SeriesState current = state;
        if (state.lastWindow() >= 0) {
            long firstMissing = Math.max(state.lastWindow() + 1, window - state.history().capacity());
            for (long w = firstMissing; w < window; w++) {
                Instant start = Instant.ofEpochMilli(w * settings.windowMillis());
                Decision gap = decide(current, WindowObservation.empty(state.series(), start,
                        start.plus(settings.window())));
                alerts.addAll(gap.alerts());
                current = gap.next();
            }
        }
        Decision last = decide(current, observation);
        alerts.addAll(last.alerts());
        return new Decision(last.next(), last.assessment(), alerts, null);
    }

    /** One window, assumed to directly follow the state's last one. */
    public Decision decide(SeriesState state, WindowObservation obs) {
        long window = windowNumber(obs.windowStart());
        // One estimate per window: the test and the learning read the same history.
        Baseline b = Baseline.estimate(state.history(), window, settings.windowsPerWeek(), settings.baselineWeeks(),
                state.ewmaObserved(), state.ewmaSeasonal());
        Assessment a = assess(state, obs, window, b);
        SeriesState learned = learn(state, obs, window, a, b);
        List<AlertEvent> alerts = new ArrayList<>();
        Incident incident = nextIncident(learned, state.incident(), obs, a, alerts);
        SeriesState next = new SeriesState(learned.series(), learned.lastWindow(), learned.windowsSeen(),
                learned.history(), learned.ewmaObserved(), learned.ewmaSeasonal(), learned.ewmaWeight(),
                a.spike() ? 0 : a.cusum(), a.spike() ? 0 : a.runStories(), a.spike() ? 0 : a.runExpected(),
                a.eventStories(), a.eventExpected(),
                learned.ewmaShare(), learned.termBaseline(), learned.termTitles(),
                state.recentWith(new SeriesState.Window(a.observed(), a.seasonalStories(), obs.negativeStories()),
                        settings.scanWindows() - 1), incident);
        return new Decision(next, a, alerts, null);
    }

    /**
     * The test runs on distinct negative stories (roughly Poisson, over-dispersed by the news load
     * of the day): a negative-binomial upper tail against the seasonal baseline, for this window
     * alone and for the runs of up to scanWindows windows ending with it (a wave of a few extra
     * stories an hour, visible only summed), and a negative-binomial log-likelihood-ratio CUSUM
     * (rate x openFactor) that accumulates ramps. Weights only scale the severity factor.
     */
    Assessment assess(SeriesState state, WindowObservation obs, long window, Baseline b) {
        DetectorSettings.Widening widening = settings.widening(obs.windowStart(), obs.windowEnd());
        double declared = Math.max(b.expected(), settings.minBaseline()) * widening.factor();
        boolean inEvent = widening.factor() > 1;
        // A declared event often brings more negative coverage than declared (a festival's
        // pickpockets, a summit's protests): after some windows its own level takes over.
        double eventLevel = inEvent ? Math.max(1, Math.min(EVENT_MAX_LEVEL,
                (state.eventStories() + EVENT_PRIOR) / (state.eventExpected() + EVENT_PRIOR))) : 1;
        // Declared events have their own level; elsewhere the day's news load scales the baseline.
        double load = inEvent ? 1 : Baseline.dayLoad(state.history(), window, settings.windowsPerWeek(),
                settings.baselineWeeks(), loadWindows(), obs.totalMentions() - obs.negativeMentions(), LOAD_PRIOR);
        double lambda = Math.max(b.expected() * load, settings.minBaseline()) * widening.factor() * eventLevel;
        double seasonal = Math.max(b.expected() * load, MIN_SEASONAL) * widening.factor() * eventLevel;
        double eventStories = inEvent ? state.eventStories() + obs.negativeStories() : 0;
        double eventExpected = inEvent ? state.eventExpected() + declared : 0;
        // The baseline is itself estimated from a few samples: its error adds to the dispersion.
        double dispersion = settings.overdispersion() + 1.0 / (Math.max(1, b.samples()) * Math.max(1, lambda))
                + (inEvent ? settings.overdispersion() * widening.factor() : 0);
        int k = obs.negativeStories();
        double storyFactor = k / lambda;
        double p1 = NegativeBinomial.upperTail(k, lambda, dispersion);
        // Scan: the current window with the previous ones, up to scanWindows in all; the most
        // significant run decides. A wave must still show in the current window (resolveFactor).
        double pScan = 1;
        double scanFactor = 0;
        int scanLength = 0;
        if (k > 0 && k / seasonal >= settings.resolveFactor()) {
            int sumStories = k;
            double sumSeasonal = seasonal;
            List<SeriesState.Window> recent = state.recent();
            for (int m = 2; m <= settings.scanWindows() && m - 2 < recent.size(); m++) {
                SeriesState.Window w = recent.get(m - 2);
                sumStories += w.stories();
                sumSeasonal += w.expectedStories();
                // The floor applies to the run as a whole: quiet hours add little expectation, but
                // a run must still beat what one ordinary window could produce.
                double sumLambda = Math.max(sumSeasonal, settings.minBaseline() * widening.factor());
                double f = sumStories / sumLambda;
                double pm = NegativeBinomial.upperTail(sumStories, sumLambda, dispersion);
                if (f >= settings.openFactor() && sumStories >= settings.minStories() && pm < pScan) {
                    pScan = pm;
                    scanFactor = f;
                    scanLength = m;
                }
            }
        }
        // The CUSUM finds where a ramp began; the run since then must still pass the tail test, so
        // that day-to-day over-dispersion alone cannot trip it. Declared events are unusual by
        // design and do not accumulate.
        double cusum = inEvent ? 0
                : Math.max(0, state.cusum() + NegativeBinomial.logLikelihoodRatio(k, lambda, settings.openFactor(),
                dispersion));
        double runStories = cusum > 0 ? (state.cusum() > 0 ? state.runStories() : 0) + k : 0;
        double runExpected = cusum > 0 ? (state.cusum() > 0 ? state.runExpected() : 0) + lambda : 0;
        double pRun = cusum > 0 ? NegativeBinomial.upperTail((int) runStories, runExpected, dispersion) : 1;
        double meanWeight = state.ewmaWeight() > 0 ? state.ewmaWeight() : 1;
        double expected = lambda * meanWeight;
        double observed = obs.signal();
        double factor = observed / expected;
        double share = obs.totalMentions() > 0 ? (double) obs.negativeMentions() / obs.totalMentions() : -1;
        boolean warm = state.windowsSeen() >= settings.warmupWindows();
        boolean shareOk = obs.totalMentions() < settings.shareMinTotal() || state.ewmaShare() < 0
                || share >= state.ewmaShare() * settings.shareFactor();
        boolean enoughStories = k >= settings.minStories();
        double threshold = ALL.equals(state.series()) ? settings.pValue() : settings.pillarPValue();
        boolean single = storyFactor >= settings.openFactor() && p1 <= threshold;
        boolean sustained = scanLength > 0 && pScan <= threshold;
        boolean ramp = cusum >= settings.cusumThreshold() && storyFactor >= settings.resolveFactor()
                && pRun <= threshold;
        boolean spike = warm && ((enoughStories && (single || ramp)) || sustained) && shareOk;
        boolean elevated = spike || (storyFactor >= settings.resolveFactor() && k > 0);
        double p = Math.min(Math.min(p1, pScan), pRun);
        String reason;
        if (!warm) {
            reason = "warming up (" + state.windowsSeen() + "/" + settings.warmupWindows() + " windows)";
        } else if (spike) {
            String test = single ? "this window" : sustained ? "over the last " + scanLength + " windows (x"
                    + String.format(Locale.ROOT, "%.1f", scanFactor) + ")" : "accumulated (CUSUM "
                    + String.format(Locale.ROOT, "%.1f", cusum) + ")";
            reason = String.format(Locale.ROOT, "%d negative stories (%d mentions) vs %.1f expected: x%.1f, "
                    + "p=%.1e %s; weighted x%.1f", k, obs.negativeMentions(), lambda, storyFactor, p, test, factor);
        } else if (!enoughStories) {
            reason = "too few negative stories (" + k + " < " + settings.minStories() + ")";
        } else if (!shareOk) {
            reason = String.format(Locale.ROOT, "negative share %.2f not unusual (usual %.2f) in a surge of %d mentions",
                    share, state.ewmaShare(), obs.totalMentions());
        } else {
            reason = String.format(Locale.ROOT, "%d stories vs %.1f expected (x%.1f, p=%.1e) below thresholds", k,
                    lambda, storyFactor, p);
        }
        if (!widening.events().isEmpty()) {
            reason += String.format(Locale.ROOT, "; baseline widened x%.1f for %s", widening.factor(),
                    String.join(", ", widening.events()));
        }
        return new Assessment(observed, expected, lambda, seasonal, factor, p, cusum, runStories, runExpected,
                eventStories, eventExpected, share, state.ewmaShare(), warm, spike,
                elevated, widening.events(), reason);
    }

    private SeriesState learn(SeriesState state, WindowObservation obs, long window, Assessment a, Baseline b) {
        double alpha = settings.ewmaAlpha();
        int k = obs.negativeStories();
        // A wave must not teach the recent level that waves are normal: a window counts at most as
        // the level that keeps an incident open.
        double capped = Math.min(k, a.expectedStories() / widenOf(a) * settings.resolveFactor());
        double ewmaObserved = state.windowsSeen() == 0 ? capped : alpha * capped + (1 - alpha) * state.ewmaObserved();
        double ewmaSeasonal = state.ewmaSeasonal();
        if (!Double.isNaN(b.seasonalMedian())) {
            double center = b.expected() / Math.max(1e-9, trendOf(state));
            ewmaSeasonal = ewmaSeasonal <= 0 ? center : alpha * center + (1 - alpha) * ewmaSeasonal;
        }
        double ewmaWeight = state.ewmaWeight();
        if (k > 0 && !a.spike()) {
            double w = obs.signal() / k;
            ewmaWeight = ewmaWeight <= 0 ? w : alpha * w + (1 - alpha) * ewmaWeight;
        }
        double ewmaShare = state.ewmaShare();
        if (obs.totalMentions() > 0 && !a.spike()) {
            double share = a.share();
            ewmaShare = ewmaShare < 0 ? share : alpha * share + (1 - alpha) * ewmaShare;
        }
        Map<String, Double> terms = obs.titledStories() == 0 && state.termBaseline().isEmpty() ? state.termBaseline()
                : DrivingTerms.decayAndAdd(state.termBaseline(), obs.terms(), TERM_DECAY);
        double termTitles = state.termTitles() * TERM_DECAY + obs.titledStories();
        // Windows of declared events are abnormal by design: they would inflate the same hour of
        // the following weeks, so they stay out of the seasonal history.
        boolean widened = !a.knownEvents().isEmpty();
        // Likewise a wave: its windows would raise the same hour of the next weeks and hide the
        // next wave there. They enter the history at their expected level.
        boolean inWave = a.spike() || (a.elevated() && state.incident() != null && state.incident().open());
        double learnedStories = inWave ? Math.min(k, a.expectedStories()) : k;
        History history = widened ? state.history()
                : state.history().with(window, learnedStories, obs.totalMentions(), obs.negativeMentions());
        return new SeriesState(state.series(), window, state.windowsSeen() + 1, history,
                ewmaObserved, ewmaSeasonal, ewmaWeight, state.cusum(), state.runStories(), state.runExpected(),
                state.eventStories(), state.eventExpected(),
                ewmaShare, terms, termTitles, state.recent(),
                state.incident());
    }

    private int loadWindows() {
        return (int) Math.max(1, LOAD_LOOKBACK.toMillis() / settings.windowMillis());
    }

    private double widenOf(Assessment a) {
        return settings.knownEvents().stream().filter(e -> a.knownEvents().contains(e.name()))
                .mapToDouble(KnownEvent::widen).reduce(1, (x, y) -> x * y);
    }

    private static double trendOf(SeriesState state) {
        if (state.ewmaSeasonal() <= 0) {
            return 1;
        }
        return Math.max(0.67, Math.min(1.5, (state.ewmaObserved() + 0.25) / (state.ewmaSeasonal() + 0.25)));
    }

    private Incident nextIncident(SeriesState learned, Incident current, WindowObservation obs, Assessment a,
                                  List<AlertEvent> alerts) {
        List<String> terms = a.spike() ? DrivingTerms.top(obs.terms(), obs.titledStories(),
                learned.termBaseline(), learned.termTitles(), settings.topTerms()) : List.of();
        if (current == null || !current.open()) {
            if (!a.spike()) {
                return current;
            }
            boolean inCooldown = current != null
                    && obs.windowStart().isBefore(current.resolvedAt().plus(settings.cooldown()));
            if (!inCooldown) {
                Incident opened = new Incident(incidentId(obs), 1, obs.windowStart(), obs.windowEnd(), null, 0,
                        a.factor(), a.observed(), true, mergeStories(List.of(), obs.topStories()), terms);
                alerts.add(event(opened, AlertStep.OPENED, obs, a));
                return opened;
            }
            Incident reopened = new Incident(current.id(), current.sequence(), current.start(), obs.windowEnd(), null,
                    0, Math.max(current.peakFactor(), a.factor()), current.lastNotifiedObserved(), false,
                    mergeStories(current.topStories(), obs.topStories()), current.terms());
            return maybeEscalate(reopened, obs, a, terms, alerts);
        }
        if (a.spike() || a.elevated()) {
            Incident extended = new Incident(current.id(), current.sequence(), current.start(),
                    a.spike() ? obs.windowEnd() : current.lastSpikeEnd(), null, 0,
                    Math.max(current.peakFactor(), a.factor()), current.lastNotifiedObserved(),
                    current.notifiedSinceResolve(), mergeStories(current.topStories(), obs.topStories()),
                    a.spike() && a.factor() >= current.peakFactor() && !terms.isEmpty() ? terms : current.terms());
            return a.spike() ? maybeEscalate(extended, obs, a, terms, alerts) : extended;
        }
        int quiet = current.quietWindows() + 1;
        if (quiet < settings.quietWindows()) {
            return new Incident(current.id(), current.sequence(), current.start(), current.lastSpikeEnd(), null, quiet,
                    current.peakFactor(), current.lastNotifiedObserved(), current.notifiedSinceResolve(),
                    current.topStories(), current.terms());
        }
        boolean notify = current.notifiedSinceResolve();
        Incident resolved = new Incident(current.id(), current.sequence() + (notify ? 1 : 0), current.start(),
                current.lastSpikeEnd(), obs.windowEnd(), quiet, current.peakFactor(), current.lastNotifiedObserved(),
                false, current.topStories(), current.terms());
        if (notify) {
            alerts.add(event(resolved, AlertStep.RESOLVED, obs, a));
        }
        return resolved;
    }

    private Incident maybeEscalate(Incident incident, WindowObservation obs, Assessment a, List<String> terms,
                                   List<AlertEvent> alerts) {
        if (a.observed() < incident.lastNotifiedObserved() * settings.escalateFactor()) {
            return incident;
        }
        Incident escalated = new Incident(incident.id(), incident.sequence() + 1, incident.start(),
                incident.lastSpikeEnd(), null, 0, incident.peakFactor(), a.observed(), true, incident.topStories(),
                terms.isEmpty() ? incident.terms() : terms);
        alerts.add(event(escalated, AlertStep.ESCALATED, obs, a));
        return escalated;
    }

    private AlertEvent event(Incident incident, AlertStep step, WindowObservation obs, Assessment a) {
        String series = obs.series();
        return new AlertEvent(AlertEvent.SCHEMA_VERSION, incident.id(), incident.sequence(), step,
                Severity.ofFactor(incident.peakFactor()), series, ALL.equals(series) ? null : series,
                round(a.observed()), round(a.expected()), round(a.factor()), round(incident.peakFactor()),
                obs.negativeMentions(), obs.negativeStories(), obs.totalMentions(), obs.windowStart(),
                obs.windowEnd(), incident.start(), incident.lastSpikeEnd(),
                incident.open() ? AlertEvent.STATUS_OPEN : AlertEvent.STATUS_RESOLVED,
                incident.topStories(), incident.terms(), a.knownEvents(),
                step == AlertStep.RESOLVED ? "back to normal: " + a.reason() : a.reason());
    }

    private String incidentId(WindowObservation obs) {
        return obs.series() + "-" + obs.windowStart();
    }

    private List<StoryRef> mergeStories(List<StoryRef> kept, List<StoryRef> more) {
        Map<String, StoryRef> byId = new LinkedHashMap<>();
        for (StoryRef s : kept) {
            byId.put(s.storyId(), s);
        }
        for (StoryRef s : more) {
            byId.merge(s.storyId(), s, (x, y) -> x.weight() >= y.weight() ? x : y);
        }
        return byId.values().stream()
                .sorted(Comparator.comparingDouble(StoryRef::weight).reversed().thenComparing(StoryRef::storyId))
                .limit(settings.topStories()).toList();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
