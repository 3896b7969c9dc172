package io.vigie.enrich.territory.eval;

import io.vigie.enrich.territory.TerritoryAnnotation;
import io.vigie.enrich.territory.TerritoryRecognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Measures {@link TerritoryRecognizer} relevance decisions on the hand-labeled dev and test sets. */
public final class TerritoryEval {
    private final TerritoryRecognizer recognizer;

    public TerritoryEval(TerritoryRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    public TerritoryEvalReport evaluate(String name, List<LabeledArticle> set) {
        TerritoryEvalReport.Counts overall = new TerritoryEvalReport.Counts(0, 0, 0, 0);
        Map<String, TerritoryEvalReport.Counts> byLanguage = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (LabeledArticle item : set) {
            TerritoryAnnotation a = annotate(item);
            overall = overall.add(item.relevant(), a.relevant());
            byLanguage.merge(item.language(), new TerritoryEvalReport.Counts(0, 0, 0, 0).add(item.relevant(), a.relevant()),
                    (x, y) -> new TerritoryEvalReport.Counts(x.tp() + y.tp(), x.fp() + y.fp(), x.tn() + y.tn(), x.fn() + y.fn()));
            if (item.relevant() != a.relevant()) {
                errors.add(String.format(Locale.ROOT, "%s [%s] expected=%d got %.3f: %s | %s",
                        item.relevant() ? "FN" : "FP", item.language(), item.relevant() ? 1 : 0, a.relevance(),
                        item.title(), a.evidence()));
            }
        }
        return new TerritoryEvalReport(name, overall, byLanguage, errors);
    }

    /**
     * A bare headline (empty text) goes in the way a feed delivers it: ingest repeats the title as the text
     * and nothing declares the language, so the recognizer gets no hint the labeler had.
     */
    private TerritoryAnnotation annotate(LabeledArticle item) {
        if (item.text().isBlank()) {
            return recognizer.annotate(item.title(), item.title(), null, item.source());
        }
        return recognizer.annotate(item.title(), item.text(), item.language(), item.source());
    }

    /** Dev, test, headlines dev, headlines check, as printed by {@code ./vigie eval}. */
    public static List<TerritoryEvalReport> run() {
        TerritoryEval eval = new TerritoryEval(TerritoryRecognizer.withDefaults());
        return List.of(eval.evaluate("dev (tuned on)", TerritoryEvalSet.fromClasspath(TerritoryEvalSet.DEV)),
                eval.evaluate("test (held out)", TerritoryEvalSet.fromClasspath(TerritoryEvalSet.TEST)),
                eval.evaluate("bare headlines dev (tuned on)", TerritoryEvalSet.fromClasspath(TerritoryEvalSet.HEADLINES_DEV)),
                eval.evaluate("bare headlines check (held out)",
                        TerritoryEvalSet.fromClasspath(TerritoryEvalSet.HEADLINES_CHECK)));
    }

    /** The dev splits only (articles, bare headlines): what to look at while tuning, so held-out sets stay unseen. */
    public static List<TerritoryEvalReport> runDev() {
        TerritoryEval eval = new TerritoryEval(TerritoryRecognizer.withDefaults());
        return List.of(eval.evaluate("dev (tuned on)", TerritoryEvalSet.fromClasspath(TerritoryEvalSet.DEV)),
                eval.evaluate("bare headlines dev (tuned on)", TerritoryEvalSet.fromClasspath(TerritoryEvalSet.HEADLINES_DEV)));
    }

    public static void main(String[] args) {
        List<TerritoryEvalReport> reports = args.length > 0 && args[0].equals("dev") ? runDev() : run();
        reports.forEach(report -> System.out.println(report.format()));
    }
}
