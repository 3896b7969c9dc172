package io.vigie.ingest.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigie.ingest.extract.ArticleExtractor;
import io.vigie.ingest.extract.HtmlDocuments;
import io.vigie.ingest.extract.eval.DevCorpus.WcxbPage;
import io.vigie.ingest.extract.eval.ExtractionEval.Aggregate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Document;

/**
 * Vigie's main text next to other extractors' on the same wcxb pages, scored alike. Published
 * figures come from other page sets, and the same extractor scores differently on ours, so a gap
 * is only meaningful between rows of this table. Rows: Vigie, the all-visible-text baseline, and
 * any extractor whose output is given as a JSON object of page name ({@code NNNN}) to text
 * ({@code ingest/src/eval/references/compare} produces Readability.js's).
 *
 * <p>Usage: {@code ExtractorComparison [--dir DIR] [NAME=OUTPUT.json ...]}
 */
public final class ExtractorComparison {

    public record Row(String extractor, Aggregate tune, Aggregate heldOut, Aggregate all) {
    }

    private ExtractorComparison() {
    }

    public static List<Row> run(Path dir, Map<String, Path> outputs) {
        List<WcxbPage> pages = DevCorpus.wcxb(dir);
        List<Row> rows = new ArrayList<>();
        ArticleExtractor vigie = new ArticleExtractor();
        rows.add(score("vigie", pages, page -> ExtractionEval.extract(vigie, page.html(), page.url()).text()));
        rows.add(score("all visible text", pages, ExtractorComparison::allVisibleText));
        outputs.forEach((name, file) -> {
            JsonNode texts = read(file);
            rows.add(score(name, pages, page -> texts.path(page.name()).asText("")));
        });
        return rows;
    }

    static Row score(String extractor, List<WcxbPage> pages, Function<WcxbPage, String> textOf) {
        Map<DevSplit, List<ShingleScore>> bySplit = new LinkedHashMap<>();
        List<ShingleScore> all = pages.parallelStream()
                .map(page -> ShingleScore.of(textOf.apply(page), page.truth())).toList();
        for (int i = 0; i < pages.size(); i++) {
            bySplit.computeIfAbsent(DevSplit.of(pages.get(i).html().getFileName().toString()), s -> new ArrayList<>())
                    .add(all.get(i));
        }
        return new Row(extractor, Aggregate.ofScores(bySplit.getOrDefault(DevSplit.TUNE, List.of())),
                Aggregate.ofScores(bySplit.getOrDefault(DevSplit.HELD_OUT, List.of())), Aggregate.ofScores(all));
    }

    /** The page's text once scripts and styles are gone: what an extractor that removes nothing returns. */
    static String allVisibleText(WcxbPage page) {
        try {
            Document doc = HtmlDocuments.parse(Files.readAllBytes(page.html()), null, page.url());
            doc.select("script, style, noscript, template").remove();
            return doc.body() == null ? "" : doc.body().text();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page.html(), e);
        }
    }

    public static String format(Path dir, List<Row> rows) {
        StringBuilder sb = new StringBuilder("Extractors on the wcxb pages of ").append(dir)
                .append(" (4-token shingles, per-page P/R averaged)\n");
        sb.append(String.format(Locale.ROOT, "  %-18s %-22s %-22s %s%n", "extractor", "tune F1 (P/R)",
                "held-out F1 (P/R)", "all F1"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "  %-18s %-22s %-22s %.4f%n", r.extractor(), cell(r.tune()),
                    cell(r.heldOut()), r.all().f1()));
        }
        return sb.toString();
    }

    private static String cell(Aggregate a) {
        return String.format(Locale.ROOT, "%.4f (%.3f/%.3f)", a.f1(), a.precision(), a.recall());
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode node = new ObjectMapper().readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(file + ": expected a JSON object of page name to text");
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read extractor output " + file, e);
        }
    }

    public static void main(String[] args) {
        Path dir = DevCorpus.defaultDir();
        Map<String, Path> outputs = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--dir") && i + 1 < args.length) {
                dir = Path.of(args[++i]);
            } else if (args[i].indexOf('=') > 0) {
                outputs.put(args[i].substring(0, args[i].indexOf('=')),
                        Path.of(args[i].substring(args[i].indexOf('=') + 1)));
            } else {
                System.err.println("usage: ExtractorComparison [--dir DIR] [NAME=OUTPUT.json ...]");
                System.exit(2);
            }
        }
        System.out.print(format(dir, run(dir, outputs)));
    }
}
