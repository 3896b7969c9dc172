package io.vigie.alerts.eval;

import io.vigie.alerts.aggregate.MentionSignal;
import io.vigie.alerts.detect.KnownEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic synthetic stream of mentions with its ground truth: daily and weekly cycles, day-to-day
 * over-dispersion, a slow trend, syndicated copies, mixed tiers, declared known events (more
 * coverage and more negativity, both expected), and injected negative waves (1.5x to 5x the usual
 * negative rate of the hour, sudden or ramping, optionally on one pillar), starting in news hours
 * (08:00-17:00 local: a wave "3x" of a night's near-zero is below any sensible floor).
 */
public final class SyntheticStream {
    public static final double[] SIZES = {1.5, 2, 3, 5};
    private static final String[] PILLARS = {"economic", "environmental", "social"};
    private static final String[] WAVE_WORDS = {"incendie", "fusillade", "pollution", "grève", "effondrement",
            "inondation", "corruption", "émeutes", "explosion", "panne"};
    private static final String[] NORMAL_WORDS = {"port", "métropole", "tourisme", "budget", "transport", "école",
            "plage", "stade", "marché", "quartier", "projet", "festival", "emploi", "logement", "musée"};

    /** An injected wave: the truth the detector should find. */
    public record Wave(Instant start, Instant end, double size, boolean ramp, String pillar) {
    }

    public record Stream(List<MentionSignal> mentions, List<Wave> waves, List<KnownEvent> knownEvents,
                         Instant start, Instant end, Instant scoredFrom) {
    }

    private SyntheticStream() {
    }

    public static Stream generate(long seed, int days, double hourlyVolume) {
        Random rnd = new Random(seed);
        Instant start = Instant.parse("2026-01-05T00:00:00Z");
        Instant end = start.plus(Duration.ofDays(days));
        Instant scoredFrom = start.plus(Duration.ofDays(28));
        List<KnownEvent> events = new ArrayList<>();
        for (int d = 10 + rnd.nextInt(10); d < days - 3; d += 18 + rnd.nextInt(14)) {
            Instant s = start.plus(Duration.ofDays(d)).plus(Duration.ofHours(8));
            events.add(new KnownEvent("event-" + d, s, s.plus(Duration.ofHours(24 + rnd.nextInt(48))), 2.5));
        }
        List<Wave> waves = new ArrayList<>();
        for (int d = 29 + rnd.nextInt(4); d < days - 1; d += 4 + rnd.nextInt(5)) {
            Instant s = start.plus(Duration.ofDays(d)).plus(Duration.ofHours(7 + rnd.nextInt(10)));
            boolean ramp = rnd.nextBoolean();
            Duration length = Duration.ofHours(ramp ? 5 + rnd.nextInt(4) : 2 + rnd.nextInt(5));
            String pillar = rnd.nextDouble() < 0.4 ? PILLARS[rnd.nextInt(3)] : null;
            Wave w = new Wave(s, s.plus(length), SIZES[rnd.nextInt(SIZES.length)], ramp, pillar);
            boolean clash = events.stream().anyMatch(e -> e.overlaps(w.start(), w.end()));
            if (!clash) {
                waves.add(w);
            }
        }
        List<MentionSignal> mentions = new ArrayList<>();
        double dayFactor = 1;
        int storySeq = 0;
        List<String> recentStories = new ArrayList<>();
        for (Instant hour = start; hour.isBefore(end); hour = hour.plus(Duration.ofHours(1))) {
            ZonedDateTime local = hour.atZone(ZoneOffset.ofHours(1));
            if (local.getHour() == 0) {
                dayFactor = Math.exp(rnd.nextGaussian() * 0.15);
                recentStories.clear();
            }
            double progress = Duration.between(start, hour).toHours() / (double) Duration.ofDays(days).toHours();
            double trend = 1 + 0.3 * progress + 0.1 * Math.sin(progress * 6);
            double rate = hourlyVolume * daily(local.getHour()) * weekly(local.getDayOfWeek().getValue()) * trend
                    * dayFactor;
            double negShare = 0.15;
            boolean inEvent = false;
            for (KnownEvent e : events) {
                if (e.overlaps(hour, hour.plus(Duration.ofHours(1)))) {
                    inEvent = true;
                }
            }
            if (inEvent) {
                rate *= 2.5;
                negShare = 0.22;
            }
            int n = poisson(rnd, rate);
            for (int i = 0; i < n; i++) {
                boolean negative = rnd.nextDouble() < negShare;
                storySeq = emit(rnd, mentions, hour, negative, randomPillars(rnd), NORMAL_WORDS, storySeq,
                        recentStories, 0.25);
            }
            for (Wave w : waves) {
                // Usual negative stories of the hour: a base copy re-uses a recent story of any tone, so
                // nearly every negative mention is a distinct negative story.
                double extra = waveExtra(w, hour, rate * negShare);
                int k = (int) Math.round(extra);
                for (int i = 0; i < k; i++) {
                    List<String> pillars = w.pillar() == null ? randomPillars(rnd) : List.of(w.pillar());
                    storySeq = emit(rnd, mentions, hour, true, pillars, WAVE_WORDS, storySeq, new ArrayList<>(), 0);
                    int copies = rnd.nextDouble() < 0.3 ? 1 + rnd.nextInt(3) : 0;
                    String story = "s" + storySeq;
                    for (int c = 0; c < copies; c++) {
                        emitCopy(rnd, mentions, hour, pillars, story);
                    }
                }
            }
        }
        return new Stream(mentions, waves, events, start, end, scoredFrom);
    }

    private static double waveExtra(Wave w, Instant hour, double usualNegative) {
        if (hour.isBefore(w.start()) || !hour.isBefore(w.end())) {
            return 0;
        }
        double extra = (w.size() - 1) * usualNegative;
        if (!w.ramp()) {
            return extra;
        }
        long total = Duration.between(w.start(), w.end()).toHours();
        long rampHours = Math.max(1, total - 2);
        long at = Duration.between(w.start(), hour).toHours() + 1;
        return extra * Math.min(1.0, at / (double) rampHours);
    }

    private static int emit(Random rnd, List<MentionSignal> out, Instant hour, boolean negative, List<String> pillars,
                            String[] words, int storySeq, List<String> recentStories, double copyChance) {
        String storyId;
        if (!recentStories.isEmpty() && rnd.nextDouble() < copyChance) {
            storyId = recentStories.get(rnd.nextInt(recentStories.size()));
        } else {
            storyId = "s" + (++storySeq);
            recentStories.add(storyId);
        }
        List<String> series = new ArrayList<>();
        series.add("all");
        series.addAll(pillars);
        double tierDraw = rnd.nextDouble();
        String tier;
        double tierWeight;
        if (tierDraw < 0.1) {
            tier = "international";
            tierWeight = 2.0;
        } else if (tierDraw < 0.4) {
            tier = "national";
            tierWeight = 1.5;
        } else if (tierDraw < 0.8) {
            tier = "regional";
            tierWeight = 1.0;
        } else if (tierDraw < 0.95) {
            tier = "local";
            tierWeight = 0.75;
        } else {
            tier = "social";
            tierWeight = 0.5;
        }
        double audience = Math.exp(rnd.nextGaussian() * 0.3);
        String title = words[rnd.nextInt(words.length)] + " " + NORMAL_WORDS[rnd.nextInt(NORMAL_WORDS.length)]
                + " marseille";
        Instant time = hour.plusSeconds(rnd.nextInt(3600));
        String id = "m" + out.size();
        out.add(new MentionSignal(id, storyId, time, true, negative, List.copyOf(series), tierWeight * audience, title,
                "https://example.org/" + id, "Outlet " + rnd.nextInt(40), "FR", "fr", tier));
        return storySeq;
    }

    private static void emitCopy(Random rnd, List<MentionSignal> out, Instant hour, List<String> pillars,
                                 String storyId) {
        List<String> series = new ArrayList<>();
        series.add("all");
        series.addAll(pillars);
        String id = "m" + out.size();
        out.add(new MentionSignal(id, storyId, hour.plusSeconds(rnd.nextInt(3600)), true, true, List.copyOf(series),
                1.0, WAVE_WORDS[rnd.nextInt(WAVE_WORDS.length)] + " copie marseille", "https://example.org/" + id,
                "Outlet " + rnd.nextInt(40), "FR", "fr", "regional"));
    }

    private static List<String> randomPillars(Random rnd) {
        List<String> pillars = new ArrayList<>();
        if (rnd.nextDouble() < 0.3) {
            pillars.add("economic");
        }
        if (rnd.nextDouble() < 0.2) {
            pillars.add("environmental");
        }
        if (rnd.nextDouble() < 0.35) {
            pillars.add("social");
        }
        return pillars;
    }

    private static double daily(int hour) {
        // Quiet nights, a morning peak, a busy afternoon.
        double[] profile = {0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.5, 1.0, 1.5, 1.7, 1.7, 1.6, 1.5, 1.5, 1.6, 1.6, 1.5,
                1.4, 1.3, 1.1, 0.9, 0.7, 0.45, 0.25};
        return profile[hour];
    }

    private static double weekly(int dayOfWeek) {
        return dayOfWeek >= 6 ? 0.6 : 1.0;
    }

    private static int poisson(Random rnd, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 50) {
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rnd.nextGaussian()));
        }
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
