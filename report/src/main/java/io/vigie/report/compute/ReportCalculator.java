package io.vigie.report.compute;

import io.vigie.report.compute.ReportData.Count;
import io.vigie.report.compute.ReportData.DailyPoint;
import io.vigie.report.compute.ReportData.DataQuality;
import io.vigie.report.compute.ReportData.EmergingTerm;
import io.vigie.report.compute.ReportData.IndexPoint;
import io.vigie.report.compute.ReportData.PillarSentiment;
import io.vigie.report.compute.ReportData.SilentSource;
import io.vigie.report.data.AlertRow;
import io.vigie.report.data.Breakdowns;
import io.vigie.report.data.SourceActivity;
import io.vigie.report.data.StoryTitles;
import io.vigie.report.data.WindowCounts;
import io.vigie.report.health.SourceHealth;
import io.vigie.report.period.ReportPeriod;
import io.vigie.report.stats.LogLikelihood;
import io.vigie.report.stats.NetShare;
import io.vigie.report.stats.Proportion;
import io.vigie.report.stats.TitleTerms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Turns the aggregated figures of a period and of the periods before it into {@link ReportData}. Pure. */
public final class ReportCalculator {
    static final int TOP_KEYS = 12;

    private final CalculatorSettings settings;

    public ReportCalculator(CalculatorSettings settings) {
        this.settings = settings;
    }

    /**
     * @param windows counts of the {@link CalculatorSettings#windows()} periods ending with {@code period}, newest first
     * @param titlesNow    story titles of the period (in scope)
     * @param titlesBefore story titles of the reference windows (in scope)
     */
    public ReportData compute(ReportPeriod period, List<WindowCounts> windows, List<SourceActivity> sources,
                              Breakdowns breakdowns, StoryFinder.TopStories stories, StoryTitles titlesNow,
                              StoryTitles titlesBefore, List<AlertRow> alerts, List<SourceHealth> health, Instant now) {
        if (windows.size() != settings.windows()) {
            throw new IllegalArgumentException("expected " + settings.windows() + " windows, got " + windows.size());
        }
        WindowFigures current = figures(windows.get(0));
        WindowFigures previous = figures(windows.get(1));
        WindowFigures reference = previous;
        for (int k = 2; k <= settings.referenceWindows(); k++) {
            reference = reference.plus(figures(windows.get(k)));
        }
        List<IndexPoint> series = new ArrayList<>();
        for (int k = settings.windows() - 1; k >= 0; k--) {
            WindowFigures f = figures(windows.get(k));
            series.add(new IndexPoint(period.shiftBack(k), f.index(), f.frameBalance()));
        }
        return new ReportData(period, now, current.mentions() < settings.minMentions(), current, previous, reference,
                daily(period, breakdowns.daily()),
                breakdowns.pillars().stream().map(p -> new Count(p.pillar(), p.mentions())).toList(),
                top(counts(breakdowns.themes())), top(counts(breakdowns.topics())),
                top(counts(breakdowns.countries())), top(counts(breakdowns.languages())),
                sentimentByPillar(breakdowns.pillars()),
                series, stories.positive(), stories.negative(),
                emerging(titlesNow.byStory(), titlesBefore.byStory()),
                List.copyOf(alerts),
                quality(windows.get(0), sources, titlesNow.sampled() || titlesBefore.sampled(), health, now));
    }

    static WindowFigures figures(WindowCounts c) {
        return new WindowFigures(1, c.documents(), c.mentions(), c.stories(), Proportion.of(c.international(), c.countryKnown()),
                new NetShare(c.positive(), c.negative(), c.labelled()), Proportion.of(c.negative(), c.labelled()),
                Proportion.of(c.indexHits(), c.internationalLabelled()),
                new NetShare(c.forefront(), c.lagging(), c.forefront() + c.lagging()), c.unclassified(), c.feedOnly());
    }

    private static List<DailyPoint> daily(ReportPeriod period, List<Breakdowns.Day> days) {
        Map<LocalDate, Breakdowns.Day> byDay = new HashMap<>();
        days.forEach(d -> byDay.put(d.day(), d));
        List<DailyPoint> out = new ArrayList<>();
        for (LocalDate day = period.firstDay(); !day.isAfter(period.lastDay()); day = day.plusDays(1)) {
            Breakdowns.Day d = byDay.get(day);
            out.add(d == null ? new DailyPoint(day, 0, new NetShare(0, 0, 0))
                    : new DailyPoint(day, d.mentions(), new NetShare(d.positive(), d.negative(),
                            Math.max(d.labelled(), d.positive() + d.negative()))));
        }
        return out;
    }

    private static List<Count> counts(List<Breakdowns.KeyCount> keys) {
        return keys.stream().map(k -> new Count(k.key(), k.n())).toList();
    }

    private static List<Count> top(List<Count> counts) {
        return counts.size() <= TOP_KEYS ? counts : counts.subList(0, TOP_KEYS);
    }

    private static List<PillarSentiment> sentimentByPillar(List<Breakdowns.Pillar> pillars) {
        return pillars.stream()
                .map(p -> new PillarSentiment(p.pillar(), p.positive(), p.neutral(), p.negative()))
                .filter(p -> p.total() > 0)
                .sorted(Comparator.comparingLong(PillarSentiment::total).reversed().thenComparing(PillarSentiment::pillar))
                .toList();
    }

    /** Terms in significantly more stories now than in the reference windows (G², p < 0.001). */
    List<EmergingTerm> emerging(Map<String, List<String>> current, Map<String, List<String>> reference) {
        Map<String, Long> now = termCounts(current);
        Map<String, Long> before = termCounts(reference);
        long c = current.size();
        long d = reference.size();
        List<EmergingTerm> out = new ArrayList<>();
        if (c == 0 || d == 0) {
            return out;
        }
        for (var e : now.entrySet()) {
            long a = e.getValue();
            long b = before.getOrDefault(e.getKey(), 0L);
            if (a < settings.emergingMinCount() || (double) a / c <= (double) b / d) {
                continue;
            }
            double g2 = LogLikelihood.g2(a, b, c, d);
            if (g2 >= LogLikelihood.P001) {
                out.add(new EmergingTerm(e.getKey(), a, b, g2));
            }
        }
        out.sort(Comparator.comparingDouble(EmergingTerm::g2).reversed().thenComparing(EmergingTerm::term));
        return out.size() > 10 ? out.subList(0, 10) : out;
    }

    // Per story, not per copy: syndicated copies of one story would otherwise make its words look like a trend.
    private static Map<String, Long> termCounts(Map<String, List<String>> titlesByStory) {
        Map<String, Long> counts = new HashMap<>();
        Function<List<String>, Set<String>> terms = titles -> {
            Set<String> t = new HashSet<>();
            titles.forEach(title -> t.addAll(TitleTerms.of(title)));
            return t;
        };
        titlesByStory.values().forEach(titles -> terms.apply(titles).forEach(t -> counts.merge(t, 1L, Long::sum)));
        return counts;
    }

    private DataQuality quality(WindowCounts now, List<SourceActivity> sources, boolean sampled,
                                List<SourceHealth> health, Instant at) {
        List<SourceHealth> up = health.stream().filter(h -> h.up(at, settings.staleAfter())).toList();
        List<SourceHealth> down = health.stream().filter(h -> !h.up(at, settings.staleAfter())).toList();
        List<SilentSource> silent = sources.stream()
                .filter(s -> s.currentDocuments() == 0 && s.referenceDocuments() > 0)
                .map(s -> new SilentSource(s.sourceId(), s.outlet(), (double) s.referenceDocuments() / settings.referenceWindows()))
                .filter(s -> s.meanBefore() >= 1.0)
                .sorted(Comparator.comparingDouble(SilentSource::meanBefore).reversed().thenComparing(SilentSource::sourceId))
                .toList();
        return new DataQuality(!health.isEmpty(), up, down, silent, Proportion.of(now.feedOnly(), now.documents()),
                Proportion.of(now.unclassified(), now.documents()), sampled, 0);
    }
}
