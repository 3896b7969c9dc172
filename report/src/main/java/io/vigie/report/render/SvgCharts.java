package io.vigie.report.render;

import io.vigie.report.compute.ReportData.Count;
import io.vigie.report.compute.ReportData.DailyPoint;
import io.vigie.report.compute.ReportData.IndexPoint;
import io.vigie.report.compute.ReportData.PillarSentiment;
import java.util.List;
import java.util.Locale;

/**
 * Small static SVG charts, drawn here so the report needs no script and renders the same in a
 * browser, a mail client and the PDF (vector, through Batik). Every label is escaped.
 */
public final class SvgCharts {
    static final String BLUE = "#2f6db5";
    static final String GREEN = "#2e8b57";
    static final String GREY = "#b0b7bf";
    static final String RED = "#c0392b";
    static final String INK = "#333333";
    private static final String FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"";

    private final Formats formats;

    public SvgCharts(Formats formats) {
        this.formats = formats;
    }

    /** Horizontal bars, one per count, largest first. */
    public String bars(List<Count> counts, String color) {
        int rowH = 18;
        int w = 320;
        int labelW = 110;
        int h = Math.max(1, counts.size()) * rowH + 6;
        StringBuilder s = open(w, h);
        long max = counts.stream().mapToLong(Count::n).max().orElse(1);
        int y = 3;
        for (Count c : counts) {
            double len = (w - labelW - 50) * (double) c.n() / Math.max(1, max);
            text(s, labelW - 4, y + 13, "end", 11, Html.clip(c.key(), 18));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    labelW, y + 2, Math.max(len, 1), rowH - 5, color));
            text(s, (int) (labelW + len + 4), y + 13, "start", 11, formats.count(c.n()));
            y += rowH;
        }
        return s.append("</svg>").toString();
    }

    /** Daily mentions as bars and the day's net sentiment as a line on a -1..1 axis. */
    public String daily(List<DailyPoint> days) {
        int w = 640;
        int h = 190;
        int left = 40;
        int right = 40;
        int top = 10;
        int bottom = 30;
        int plotW = w - left - right;
        int plotH = h - top - bottom;
        long max = Math.max(1, days.stream().mapToLong(DailyPoint::mentions).max().orElse(1));
        StringBuilder s = open(w, h);
        axis(s, left, top, plotW, plotH);
        double slot = (double) plotW / Math.max(1, days.size());
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            DailyPoint d = days.get(i);
            double bh = plotH * (double) d.mentions() / max;
            double x = left + i * slot;
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"0.55\"/>",
                    x + slot * 0.15, top + plotH - bh, slot * 0.7, bh, BLUE));
            if (days.size() <= 31 && (days.size() <= 14 || i % 3 == 0)) {
                text(s, (int) (x + slot / 2), h - 14, "middle", 10,
                        days.size() <= 7 ? formats.day(d.day()) : formats.shortDate(d.day()));
            }
            if (d.sentiment().n() > 0) {
                double y = top + plotH / 2.0 - d.sentiment().value() * plotH / 2.0;
                line.append(line.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x + slot / 2, y));
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>", x + slot / 2, y, INK));
            }
        }
        if (!line.isEmpty()) {
            s.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\"/>");
        }
        text(s, left - 4, top + 10, "end", 10, formats.count(max));
        text(s, left - 4, top + plotH, "end", 10, "0");
        text(s, w - right + 4, top + 10, "start", 10, "+1");
        text(s, w - right + 4, top + plotH / 2 + 4, "start", 10, "0");
        text(s, w - right + 4, top + plotH, "start", 10, "\u22121");
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"3,3\"/>",
                left, top + plotH / 2.0, left + plotW, top + plotH / 2.0, GREY));
        return s.append("</svg>").toString();
    }

    /** Positive / neutral / negative shares per pillar as 100% stacked bars. */
    public String sentimentByPillar(List<PillarSentiment> rows, java.util.function.Function<String, String> label) {
        int rowH = 22;
        int w = 320;
        int labelW = 100;
        int h = Math.max(1, rows.size()) * rowH + 6;
        StringBuilder s = open(w, h);
        int y = 3;
        for (PillarSentiment p : rows) {
            text(s, labelW - 4, y + 14, "end", 11, label.apply(p.pillar()));
            double total = Math.max(1, p.total());
            double x = labelW;
            double full = w - labelW - 10;
            long[] parts = {p.positive(), p.neutral(), p.negative()};
            String[] colors = {GREEN, GREY, RED};
            for (int i = 0; i < 3; i++) {
                double len = full * parts[i] / total;
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                        x, y + 2, len, rowH - 6, colors[i]));
                if (len > 22) {
                    s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\" fill=\"#ffffff\" %s>%s</text>",
                            x + len / 2, y + 14, FONT, Html.esc(formats.count(parts[i]))));
                }
                x += len;
            }
            y += rowH;
        }
        return s.append("</svg>").toString();
    }

    /** The index per window with its Wilson interval as a band; empty windows leave a gap. */
    public String indexSeries(List<IndexPoint> points) {
        int w = 640;
        int h = 170;
        int left = 40;
        int top = 10;
        int bottom = 30;
        int plotW = w - left - 20;
        int plotH = h - top - bottom;
        StringBuilder s = open(w, h);
        axis(s, left, top, plotW, plotH);
        for (int pct = 0; pct <= 100; pct += 50) {
            double y = top + plotH - plotH * pct / 100.0;
            text(s, left - 4, (int) y + 4, "end", 10, pct + "%");
        }
        double slot = (double) plotW / Math.max(1, points.size());
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            IndexPoint p = points.get(i);
            double x = left + slot * i + slot / 2;
            text(s, (int) x, h - 14, "middle", 9, formats.shortDate(p.window().firstDay()));
            if (p.index().empty()) {
                line.append(' ');
                continue;
            }
            double yLo = top + plotH - plotH * p.index().lower();
            double yHi = top + plotH - plotH * p.index().upper();
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"0.18\"/>",
                    x - slot * 0.3, yHi, slot * 0.6, Math.max(0.5, yLo - yHi), BLUE));
            double y = top + plotH - plotH * p.index().share();
            boolean continues = !line.isEmpty() && line.charAt(line.length() - 1) != ' ';
            line.append(continues ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y, BLUE));
        }
        String d = line.toString().trim();
        if (!d.isEmpty()) {
            s.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(BLUE).append("\" stroke-width=\"1.5\"/>");
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(int w, int h) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">", w, h, w, h));
    }

    private static void axis(StringBuilder s, int left, int top, int plotW, int plotH) {
        s.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>",
                left, top, left, top + plotH, GREY, left, top + plotH, left + plotW, top + plotH, GREY));
    }

    private static void text(StringBuilder s, int x, int y, String anchor, int size, String text) {
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\" %s>",
                x, y, anchor, size, INK, FONT)).append(Html.esc(text)).append("</text>");
    }
}
