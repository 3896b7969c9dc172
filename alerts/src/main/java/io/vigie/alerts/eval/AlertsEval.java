package io.vigie.alerts.eval;

import io.vigie.alerts.detect.AlertDecider;
import io.vigie.alerts.detect.DetectorSettings;
import io.vigie.alerts.event.AlertEvent;
import io.vigie.alerts.event.AlertStep;
import io.vigie.alerts.replay.ReplayEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the detector on synthetic streams (see {@link SyntheticStream}): recall per wave size,
 * precision, false incidents per simulated month and detection delay. Defaults were tuned on the
 * tuning seeds; {@link #run()} reports on the held-out seeds only.
 */
public final class AlertsEval {
    public static final long[] TUNING_SEEDS = {1, 2, 3, 4, 5};
    public static final long[] REPORT_SEEDS = {101, 102, 103, 104, 105, 106};
    static final int DAYS = 182;
    static final double HOURLY_VOLUME = 12;

    private AlertsEval() {
    }

    public static void main(String[] args) {
        boolean tuning = args.length > 0 && args[0].equals("--tuning");
        System.out.println(run(DetectorSettings.defaults(), tuning ? TUNING_SEEDS : REPORT_SEEDS).format());
    }

    public static Report run() {
        return run(DetectorSettings.defaults(), REPORT_SEEDS);
    }

    public static Report run(DetectorSettings base, long[] seeds) {
        Map<Double, int[]> bySize = new LinkedHashMap<>();
        for (double size : SyntheticStream.SIZES) {
            bySize.put(size, new int[2]);
        }
        List<Integer> delays = new ArrayList<>();
        int opened = 0;
        int falseIncidents = 0;
        int escalations = 0;
        double months = 0;
        long mentions = 0;
        for (long seed : seeds) {
            SyntheticStream.Stream stream = SyntheticStream.generate(seed, DAYS, HOURLY_VOLUME);
            mentions += stream.mentions().size();
            DetectorSettings settings = withEvents(base, stream);
            List<AlertEvent> alerts = new ReplayEngine(new AlertDecider(settings)).run(stream.mentions());
            long windowMs = settings.windowMillis();
            months += Duration.between(stream.scoredFrom(), stream.end()).toHours() / (30.0 * 24);
            for (SyntheticStream.Wave w : stream.waves()) {
                int[] counts = bySize.get(w.size());
                counts[1]++;
                Integer delay = null;
                for (AlertEvent a : alerts) {
                    if (a.step() != AlertStep.OPENED && a.step() != AlertStep.ESCALATED) {
                        continue;
                    }
                    boolean inside = !a.windowStart().isBefore(w.start())
                            && a.windowStart().isBefore(w.end().plusMillis(windowMs));
                    if (inside) {
                        int d = (int) ((a.windowStart().toEpochMilli() - w.start().toEpochMilli()) / windowMs);
                        delay = delay == null ? d : Math.min(delay, d);
                    }
                }
                if (delay != null) {
                    counts[0]++;
                    delays.add(delay);
                }
            }
            for (AlertEvent a : alerts) {
                if (a.step() == AlertStep.ESCALATED) {
                    escalations++;
                }
                if (a.step() != AlertStep.OPENED || a.windowStart().isBefore(stream.scoredFrom())) {
                    continue;
                }
                opened++;
                boolean matches = stream.waves().stream().anyMatch(w -> !a.windowStart().isBefore(w.start())
                        && a.windowStart().isBefore(w.end().plusMillis(2 * windowMs)));
                if (!matches) {
                    falseIncidents++;
                }
            }
        }
        Map<Double, Double> recall = new LinkedHashMap<>();
        Map<Double, Integer> waves = new LinkedHashMap<>();
        bySize.forEach((size, c) -> {
            recall.put(size, c[1] == 0 ? Double.NaN : (double) c[0] / c[1]);
            waves.put(size, c[1]);
        });
        int[] sorted = delays.stream().mapToInt(Integer::intValue).sorted().toArray();
        double median = sorted.length == 0 ? Double.NaN : percentile(sorted, 0.5);
        double p95 = sorted.length == 0 ? Double.NaN : percentile(sorted, 0.95);
        double precision = opened == 0 ? Double.NaN : (opened - falseIncidents) / (double) opened;
        return new Report(Arrays.toString(seeds), mentions, months, recall, waves, precision, opened,
                falseIncidents, falseIncidents / months, escalations, median, p95);
    }

    private static DetectorSettings withEvents(DetectorSettings s, SyntheticStream.Stream stream) {
        return s.withKnownEvents(stream.knownEvents());
    }

    private static double percentile(int[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * @param seeds             seeds evaluated
     * @param mentions          synthetic mentions replayed
     * @param months            simulated months scored (after a 4-week warm-up)
     * @param recallBySize      share of waves of each size raising an incident (or escalation) during the wave
     * @param wavesBySize       waves of each size
     * @param precision         opened incidents matching a wave / opened incidents
     * @param opened            incidents opened
     * @param falseIncidents    opened incidents matching no wave
     * @param falsePerMonth     false incidents per simulated month
     * @param escalations       escalation notifications
     * @param medianDelay       windows from wave start to first notification
     * @param p95Delay          95th percentile of the same
     */
    public record Report(String seeds, long mentions, double months, Map<Double, Double> recallBySize,
                         Map<Double, Integer> wavesBySize, double precision, int opened, int falseIncidents,
                         double falsePerMonth, int escalations, double medianDelay, double p95Delay) {
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "alerts eval: seeds %s, %d mentions, %.1f simulated months scored%n",
                    seeds, mentions, months));
            recallBySize.forEach((size, r) -> sb.append(String.format(Locale.ROOT,
                    "  recall %.1fx waves: %.2f (%d waves)%n", size, r, wavesBySize.get(size))));
            sb.append(String.format(Locale.ROOT, "  precision: %.2f (%d incidents, %d false)%n", precision, opened,
                    falseIncidents));
            sb.append(String.format(Locale.ROOT, "  false incidents per simulated month: %.2f%n", falsePerMonth));
            sb.append(String.format(Locale.ROOT, "  detection delay (windows): median %.0f, p95 %.0f%n", medianDelay,
                    p95Delay));
            sb.append(String.format(Locale.ROOT, "  escalations: %d%n", escalations));
            return sb.toString();
        }
    }
}
