package io.vigie.ingest.extract.eval;

import io.vigie.ingest.extract.ArticleExtractor;
import io.vigie.ingest.extract.ExtractedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Main-text extraction quality on the dev corpora: shingle P/R/F1 on wcxb-articles (split into the
 * TUNE and HELD_OUT parts of {@link DevSplit}) and snippet P/R/F1 on trafilatura-eval.
 *
 * <p>Usage: {@code ExtractionEval [DIR]}, DIR defaulting to {@link DevCorpus#defaultDir()}.
 */
public final class ExtractionEval {

    /** Mean per-page precision and recall over {@code pages} pages; F1 is taken of the two means. */
    public record Aggregate(int pages, double precision, double recall) {
        public double f1() {
            return ShingleScore.f1(precision, recall);
        }

        static Aggregate of(List<PageResult> results) {
            return ofScores(results.stream().map(PageResult::score).toList());
        }

        static Aggregate ofScores(List<ShingleScore> scores) {
            double p = 0;
            double r = 0;
            for (ShingleScore x : scores) {
                p += x.precision();
                r += x.recall();
            }
            int n = scores.size();
            return new Aggregate(n, n == 0 ? 0 : p / n, n == 0 ? 0 : r / n);
        }
    }

    public record PageResult(String name, DevSplit split, ShingleScore score, int extractedChars, int truthChars,
                             Boolean titleOk, Boolean dateOk) {
    }

    /** Metadata agreement with the wcxb ground truth, over pages where the truth has the field. */
    public record Metadata(int titles, int titlesOk, int dates, int datesOk) {
        public String format() {
            return String.format(Locale.ROOT, "metadata: title %d/%d (%.1f%%), publish date same local day %d/%d (%.1f%%)%n",
                    titlesOk, titles, pct(titlesOk, titles), datesOk, dates, pct(datesOk, dates));
        }

        private static double pct(int a, int b) {
            return b == 0 ? 0 : 100.0 * a / b;
        }
    }

    /** Snippet counts summed over pages (micro-averaged, as trafilatura's own evaluation does). */
    public record SnippetCounts(int pages, int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            return ShingleScore.f1(precision(), recall());
        }
    }

    public record Report(Path dir, Aggregate tune, Aggregate heldOut, Aggregate all, SnippetCounts snippets,
                         Metadata metadata, List<PageResult> worst) {
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append("Main-text extraction on ").append(dir).append('\n');
            sb.append("wcxb-articles (4-token shingles, per-page P/R averaged)\n");
            line(sb, "  tune     ", tune);
            line(sb, "  held-out ", heldOut);
            line(sb, "  all      ", all);
            sb.append(String.format(Locale.ROOT,
                    "trafilatura-eval snippets  pages=%d  P=%.3f R=%.3f F1=%.3f  (tp=%d fn=%d fp=%d tn=%d)%n",
                    snippets.pages(), snippets.precision(), snippets.recall(), snippets.f1(),
                    snippets.truePositives(), snippets.falseNegatives(), snippets.falsePositives(),
                    snippets.trueNegatives()));
            sb.append(metadata.format());
            sb.append("worst wcxb pages (F1, P, R, chars extracted/expected, split)\n");
            for (PageResult w : worst) {
                sb.append(String.format(Locale.ROOT, "  %s  F1=%.3f P=%.3f R=%.3f  %d/%d  %s%n", w.name(),
                        w.score().f1(), w.score().precision(), w.score().recall(), w.extractedChars(), w.truthChars(),
                        w.split()));
            }
            return sb.toString();
        }

        private static void line(StringBuilder sb, String label, Aggregate a) {
            sb.append(String.format(Locale.ROOT, "%s pages=%3d  F1=%.4f  P=%.4f  R=%.4f%n", label, a.pages(), a.f1(),
                    a.precision(), a.recall()));
        }
    }

    private ExtractionEval() {
    }

    public static void main(String[] args) {
        Path dir = args.length > 0 ? Path.of(args[0]) : DevCorpus.defaultDir();
        System.out.print(run(dir).format());
    }

    public static Report run() {
        return run(DevCorpus.defaultDir());
    }

    public static Report run(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("extraction dev data not found at " + dir);
        }
        ArticleExtractor extractor = new ArticleExtractor();
        List<PageResult> results = DevCorpus.wcxb(dir).parallelStream().map(page -> {
            ExtractedArticle a = extract(extractor, page.html(), page.url());
            String text = a.text();
            return new PageResult(page.name(), DevSplit.of(page.html().getFileName().toString()),
                    ShingleScore.of(text, page.truth()), text == null ? 0 : text.length(), page.truth().length(),
                    page.title() == null || page.title().isBlank() ? null : sameTitle(a.title(), page.title()),
                    page.publishDate() == null || page.publishDate().length() < 10 || page.publishDate().equals("null")
                            ? null : sameDay(a.published(), page.publishDate().substring(0, 10)));
        }).toList();
        List<int[]> counts = DevCorpus.trafilatura(dir).parallelStream().map(page -> {
            String text = normalise(extract(extractor, page.html(), page.url()).text());
            int[] c = new int[4];
            for (String w : page.with()) {
                c[text.contains(normalise(w)) ? 0 : 1]++;
            }
            for (String w : page.without()) {
                c[text.contains(normalise(w)) ? 2 : 3]++;
            }
            return c;
        }).toList();
        int[] sum = new int[4];
        counts.forEach(c -> {
            for (int i = 0; i < 4; i++) {
                sum[i] += c[i];
            }
        });
        List<PageResult> worst = new ArrayList<>(results);
        worst.sort(Comparator.comparingDouble(r -> r.score().f1()));
        return new Report(dir,
                Aggregate.of(results.stream().filter(r -> r.split() == DevSplit.TUNE).toList()),
                Aggregate.of(results.stream().filter(r -> r.split() == DevSplit.HELD_OUT).toList()),
                Aggregate.of(results),
                new SnippetCounts(counts.size(), sum[0], sum[1], sum[2], sum[3]),
                new Metadata((int) results.stream().filter(r -> r.titleOk() != null).count(),
                        (int) results.stream().filter(r -> Boolean.TRUE.equals(r.titleOk())).count(),
                        (int) results.stream().filter(r -> r.dateOk() != null).count(),
                        (int) results.stream().filter(r -> Boolean.TRUE.equals(r.dateOk())).count()),
                List.copyOf(worst.subList(0, Math.min(25, worst.size()))));
    }

    static ExtractedArticle extract(ArticleExtractor extractor, Path html, java.net.URI url) {
        try {
            return extractor.extract(Files.readAllBytes(html), null, url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + html, e);
        }
    }

    /**
     * Whether {@code published} falls on {@code localDay} in some time zone (UTC-12 to UTC+14): the
     * truth gives the page's own calendar day, Vigie an instant in UTC, so 2024-12-10T03:52Z is
     * 2024-12-09 in New York and matches a truth of 2024-12-09.
     */
    static boolean sameDay(Instant published, String localDay) {
        if (published == null) {
            return false;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(localDay);
        } catch (DateTimeParseException e) {
            return false;
        }
        Instant earliest = day.atStartOfDay(ZoneOffset.ofHours(14)).toInstant();
        Instant latest = day.plusDays(1).atStartOfDay(ZoneOffset.ofHours(-12)).toInstant();
        return !published.isBefore(earliest) && published.isBefore(latest);
    }

    /** Same title once whitespace, case and quote styles are normalised. */
    static boolean sameTitle(String got, String want) {
        return got != null && titleKey(got).equals(titleKey(want));
    }

    private static String titleKey(String s) {
        return normalise(s).toLowerCase(Locale.ROOT).replaceAll("[\u2018\u2019\u201c\u201d'\"]", "");
    }

    static String normalise(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
