package io.vigie.enrich.eval;

import io.vigie.enrich.language.LanguageDetector;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Measures {@link LanguageDetector} on a labeled set, with and without declared hints. */
public final class LanguageEval {
    private final LanguageDetector detector;

    public LanguageEval(LanguageDetector detector) {
        this.detector = detector;
    }

    public LanguageEvalReport evaluate(String name, List<LabeledText> set, boolean useHints) {
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        for (LabeledText line : set) {
            String predicted = detector.detect(line.text(), useHints ? line.hints() : List.of()).code();
            confusion.computeIfAbsent(line.label(), k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
        }
        return new LanguageEvalReport(name, confusion);
    }

    /**
     * Both runs on the seed headlines, then the model alone on 20-60-word leads, as printed by
     * {@code ./vigie eval}.
     */
    public static List<LanguageEvalReport> run() {
        LanguageEval eval = new LanguageEval(LanguageDetector.withDefaults());
        List<LabeledText> seed = LanguageEvalSet.seed();
        return List.of(eval.evaluate("language, model only", seed, false),
                eval.evaluate("language, model + declared hints", seed, true),
                eval.evaluate("language, 20-60-word leads, model only", LanguageEvalSet.leads(), false));
    }

    public static void main(String[] args) {
        run().forEach(report -> System.out.println(report.format()));
    }
}
