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
            TerritoryAnnotation a = recognizer.annotate(item.title(), item.text(), item.language(), item.source());
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

    /** Dev then test, as printed by {@code ./vigie eval}. */
    public static List<TerritoryEvalReport> run() {
        TerritoryEval eval = new TerritoryEval(TerritoryRecognizer.withDefaults());
        return List.of(eval.evaluate("dev (tuned on)", TerritoryEvalSet.fromClasspath(TerritoryEvalSet.DEV)),
                eval.evaluate("test (held out)", TerritoryEvalSet.fromClasspath(TerritoryEvalSet.TEST)));
    }

    /** Dev only: what to look at while tuning, so the test set stays unseen. */
    public static TerritoryEvalReport runDev() {
        return new TerritoryEval(TerritoryRecognizer.withDefaults())
                .evaluate("dev (tuned on)", TerritoryEvalSet.fromClasspath(TerritoryEvalSet.DEV));
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("dev")) {
            System.out.println(runDev().format());
            return;
        }
        run().forEach(report -> System.out.println(report.format()));
    }
}
