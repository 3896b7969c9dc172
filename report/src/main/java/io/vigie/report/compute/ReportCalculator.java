package io.vigie.report.compute;

import io.vigie.report.compute.ReportData.Count;
import io.vigie.report.compute.ReportData.DailyPoint;
import io.vigie.report.compute.ReportData.DataQuality;
import io.vigie.report.compute.ReportData.EmergingTerm;
import io.vigie.report.compute.ReportData.IndexPoint;
import io.vigie.report.compute.ReportData.PillarSentiment;
import io.vigie.report.compute.ReportData.SilentSource;
import io.vigie.report.data.AlertRow;
import io.vigie.report.data.MentionRow;
import io.vigie.report.health.SourceHealth;
import io.vigie.report.period.ReportPeriod;
import io.vigie.report.stats.NetShare;
import io.vigie.report.stats.Proportion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Turns the mentions of a period and of the periods before it into {@link ReportData}. Pure. */
public final class ReportCalculator {
    private static final String POSITIVE = "positive";
    private static final String NEUTRAL = "neutral";
    private static final String NEGATIVE = "negative";
    private static final String FOREFRONT = "forefront";
    private static final String LAGGING = "lagging";

    private final CalculatorSettings settings;

    public ReportCalculator(CalculatorSettings settings) {
        this.settings = settings;
    }

    /** Inputs: rows may span all {@link CalculatorSettings#windows()} periods ending with {@code period}. */
    public ReportData compute(ReportPeriod period, List<MentionRow> rows, boolean truncated, int unreadable,
                              List<AlertRow> alerts, List<SourceHealth> health, Instant now) {
        List<List<MentionRow>> byWindow = new ArrayList<>();
        List<ReportPeriod> windows = new ArrayList<>();
        for (int k = 0; k < settings.windows(); k++) {
            ReportPeriod w = period.shiftBack(k);
            windows.add(w);
            byWindow.add(rows.stream().filter(r -> w.contains(r.timestamp())).toList());
        }
        List<MentionRow> now0 = byWindow.get(0);
        List<MentionRow> inScope = now0.stream().filter(MentionRow::inScope).toList();
        WindowFigures current = figures(now0);
        WindowFigures previous = figures(byWindow.get(1));
        WindowFigures reference = figures(byWindow.get(1));
        for (int k = 2; k <= settings.referenceWindows(); k++) {
            reference = reference.plus(figures(byWindow.get(k)));
        }
        List<IndexPoint> series = new ArrayList<>();
        for (int k = settings.windows() - 1; k >= 0; k--) {
            WindowFigures f = k == 0 ? current : figures(byWindow.get(k));
            series.add(new IndexPoint(windows.get(k), f.index(), f.frameBalance()));
        }
        List<MentionRow> referenceRows = new ArrayList<>();
        for (int k = 1; k <= settings.referenceWindows(); k++) {
            referenceRows.addAll(byWindow.get(k));
        }
        StoryRanking stories = new StoryRanking(inScope, settings.topStories());
        return new ReportData(period, now, current.mentions() < settings.minMentions(), current, previous, reference,
                daily(period, inScope),
                counts(inScope, MentionRow::pillars),
                top(counts(inScope, MentionRow::themes), 12),
                top(counts(inScope, r -> single(r.sourceCountry())), 12),
                top(counts(inScope, r -> single(r.lang())), 12),
                sentimentByPillar(inScope),
                series,
                stories.positive(), stories.negative(),
                emerging(inScope, referenceRows.stream().filter(MentionRow::inScope).toList()),
                List.copyOf(alerts),
                quality(now0, referenceRows, truncated, unreadable, health, now));
    }

    WindowFigures figures(List<MentionRow> window) {
        long documents = window.size();
        long mentions = 0;
        Set<String> stories = new HashSet<>();
        long intl = 0;
        long countryKnown = 0;
        long labelled = 0;
        long pos = 0;
        long neg = 0;
        long intlLabelled = 0;
        long indexHits = 0;
        long forefront = 0;
        long lagging = 0;
        long unclassified = 0;
        long feedOnly = 0;
        for (MentionRow r : window) {
            if (!r.classified()) {
                unclassified++;
            }
            if (r.feedOnly()) {
                feedOnly++;
            }
            if (!r.inScope()) {
                continue;
            }
            mentions++;
            stories.add(r.storyKey());
            Boolean international = r.international(settings.homeCountry());
            if (international != null) {
                countryKnown++;
            }
            String label = r.sentimentLabel();
            boolean hasLabel = POSITIVE.equals(label) || NEUTRAL.equals(label) || NEGATIVE.equals(label);
            if (hasLabel) {
                labelled++;
                pos += POSITIVE.equals(label) ? 1 : 0;
                neg += NEGATIVE.equals(label) ? 1 : 0;
            }
            if (Boolean.TRUE.equals(international)) {
                intl++;
                if (hasLabel) {
                    intlLabelled++;
                    if (!r.pillars().isEmpty() && !NEGATIVE.equals(label)) {
                        indexHits++;
                    }
                }
                boolean f = r.frames().contains(FOREFRONT);
                boolean l = r.frames().contains(LAGGING);
                forefront += f && !l ? 1 : 0;
                lagging += l && !f ? 1 : 0;
            }
        }
        return new WindowFigures(1, documents, mentions, stories.size(), Proportion.of(intl, countryKnown),
                new NetShare(pos, neg, labelled), Proportion.of(neg, labelled), Proportion.of(indexHits, intlLabelled),
                new NetShare(forefront, lagging, forefront + lagging), unclassified, feedOnly);
    }

    private static List<DailyPoint> daily(ReportPeriod period, List<MentionRow> inScope) {
        List<DailyPoint> out = new ArrayList<>();
        for (LocalDate day = period.firstDay(); !day.isAfter(period.lastDay()); day = day.plusDays(1)) {
            LocalDate d = day;
            List<MentionRow> ofDay = inScope.stream()
                    .filter(r -> r.timestamp().atZone(period.zone()).toLocalDate().equals(d)).toList();
            long pos = ofDay.stream().filter(r -> POSITIVE.equals(r.sentimentLabel())).count();
            long neg = ofDay.stream().filter(r -> NEGATIVE.equals(r.sentimentLabel())).count();
            long labelled = ofDay.stream().filter(r -> r.sentimentLabel() != null).count();
            out.add(new DailyPoint(day, ofDay.size(), new NetShare(pos, neg, Math.max(labelled, pos + neg))));
        }
        return out;
    }

    private static List<Count> counts(List<MentionRow> rows, Function<MentionRow, List<String>> keys) {
        Map<String, Long> counts = new HashMap<>();
        for (MentionRow r : rows) {
            for (String key : keys.apply(r)) {
                counts.merge(key, 1L, Long::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    private static List<String> single(String value) {
        return value == null || value.isBlank() ? List.of("?") : List.of(value.toUpperCase(java.util.Locale.ROOT));
    }

    private static List<Count> top(List<Count> counts, int n) {
        return counts.size() <= n ? counts : counts.subList(0, n);
    }

    private static List<PillarSentiment> sentimentByPillar(List<MentionRow> inScope) {
        Map<String, long[]> byPillar = new LinkedHashMap<>();
        for (MentionRow r : inScope) {
            int slot = POSITIVE.equals(r.sentimentLabel()) ? 0 : NEUTRAL.equals(r.sentimentLabel()) ? 1
                    : NEGATIVE.equals(r.sentimentLabel()) ? 2 : -1;
            if (slot < 0) {
                continue;
            }
            for (String pillar : r.pillars()) {
                byPillar.computeIfAbsent(pillar, p -> new long[3])[slot]++;
            }
        }
        return byPillar.entrySet().stream()
                .map(e -> new PillarSentiment(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong(PillarSentiment::total).reversed()
                        .thenComparing(PillarSentiment::pillar))
                .toList();
    }

    /** Terms in significantly more stories now than in the reference windows (G², p < 0.001). */
    List<EmergingTerm> emerging(List<MentionRow> current, List<MentionRow> reference) {
        Map<String, Set<String>> storyTermsNow = storyTerms(current);
        Map<String, Set<String>> storyTermsBefore = storyTerms(reference);
        Map<String, Long> now = termCounts(storyTermsNow);
        Map<String, Long> before = termCounts(storyTermsBefore);
        long c = storyTermsNow.size();
        long d = storyTermsBefore.size();
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
            double g2 = io.vigie.report.stats.LogLikelihood.g2(a, b, c, d);
            if (g2 >= io.vigie.report.stats.LogLikelihood.P001) {
                out.add(new EmergingTerm(e.getKey(), a, b, g2));
            }
        }
        out.sort(Comparator.comparingDouble(EmergingTerm::g2).reversed().thenComparing(EmergingTerm::term));
        return out.size() > 10 ? out.subList(0, 10) : out;
    }

    // Syndicated copies of one story would otherwise make its words look like a trend.
    private static Map<String, Set<String>> storyTerms(List<MentionRow> rows) {
        Map<String, Set<String>> byStory = new HashMap<>();
        for (MentionRow r : rows) {
            byStory.computeIfAbsent(r.storyKey(), k -> new HashSet<>())
                    .addAll(io.vigie.report.stats.TitleTerms.of(r.title()));
        }
        return byStory;
    }

    private static Map<String, Long> termCounts(Map<String, Set<String>> storyTerms) {
        Map<String, Long> counts = new HashMap<>();
        storyTerms.values().forEach(terms -> terms.forEach(t -> counts.merge(t, 1L, Long::sum)));
        return counts;
    }

    private DataQuality quality(List<MentionRow> now, List<MentionRow> reference, boolean truncated, int unreadable,
                                List<SourceHealth> health, Instant at) {
        List<SourceHealth> up = health.stream().filter(h -> h.up(at, settings.staleAfter())).toList();
        List<SourceHealth> down = health.stream().filter(h -> !h.up(at, settings.staleAfter())).toList();
        Map<String, Long> before = new HashMap<>();
        Map<String, String> outlets = new HashMap<>();
        for (MentionRow r : reference) {
            if (r.sourceId() != null) {
                before.merge(r.sourceId(), 1L, Long::sum);
                if (r.sourceName() != null) {
                    outlets.putIfAbsent(r.sourceId(), r.sourceName());
                }
            }
        }
        Set<String> present = new HashSet<>();
        now.forEach(r -> present.add(r.sourceId()));
        List<SilentSource> silent = before.entrySet().stream()
                .filter(e -> !present.contains(e.getKey()))
                .map(e -> new SilentSource(e.getKey(), outlets.getOrDefault(e.getKey(), e.getKey()),
                        (double) e.getValue() / settings.referenceWindows()))
                .filter(s -> s.meanBefore() >= 1.0)
                .sorted(Comparator.comparingDouble(SilentSource::meanBefore).reversed()
                        .thenComparing(SilentSource::sourceId))
                .toList();
        long feedOnly = now.stream().filter(MentionRow::feedOnly).count();
        long unclassified = now.stream().filter(r -> !r.classified()).count();
        return new DataQuality(!health.isEmpty(), up, down, silent, Proportion.of(feedOnly, now.size()),
                Proportion.of(unclassified, now.size()), truncated, unreadable);
    }
}
