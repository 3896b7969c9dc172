package io.vigie.enrich.transitions.eval;

import io.vigie.enrich.territory.TerritoryAnnotation;
import io.vigie.enrich.territory.TerritoryRecognizer;
import io.vigie.enrich.transitions.TransitionsClassifier;
import io.vigie.model.Place;
import io.vigie.model.Territory;
import io.vigie.model.TerritoryEntity;
import io.vigie.model.Transitions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Measures {@link TransitionsClassifier} on the hand-labeled sets. The territory annotation comes
 * from the real {@link TerritoryRecognizer}, as in the pipeline, so the frame figures include its
 * relevance mistakes.
 */
public final class TransitionsEval {
    private final TransitionsClassifier classifier;
    private final TerritoryRecognizer territory;

    public TransitionsEval(TransitionsClassifier classifier, TerritoryRecognizer territory) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.territory = Objects.requireNonNull(territory, "territory");
    }

    public TransitionsEvalReport evaluate(String name, List<LabeledSnippet> set) {
        Figures overall = Figures.empty();
        Map<String, Figures> byLanguage = new HashMap<>();
        List<String> errors = new ArrayList<>();
        for (LabeledSnippet item : set) {
            TerritoryAnnotation a = territory.annotate(item.title(), item.text(), item.language(), null);
            Territory t = new Territory(a.relevant(), a.relevance(),
                    a.places().stream().map(p -> new Place(p.name(), p.inseeCode(), p.mentionCount(), null)).toList(),
                    a.entities().stream().map(e -> new TerritoryEntity(e.name(), e.type(), e.inseeCode(),
                            e.mentionCount())).toList(), a.evidence());
            Transitions got = classifier.classify(item.title(), item.text(), item.language(), t);
            overall = overall.add(item, got);
            byLanguage.put(item.language(), byLanguage.getOrDefault(item.language(), Figures.empty()).add(item, got));
            boolean pillarsOk = new HashSet<>(item.pillars()).equals(new HashSet<>(got.pillars()));
            boolean themesOk = new HashSet<>(item.themes()).equals(new HashSet<>(got.themes()));
            if (!pillarsOk || !themesOk || !Objects.equals(item.frame(), got.frame())) {
                errors.add("[" + item.language() + "] " + item.title() + " | expected " + item.pillars() + " "
                        + item.topics() + " " + item.themes() + " " + item.frame() + " | got " + got.pillars() + " "
                        + got.topics() + " " + got.themes() + " " + got.frame()
                        + (t.relevant() ? "" : " (territory not relevant)") + " | " + got.evidence());
            }
        }
        return new TransitionsEvalReport(name, overall, byLanguage, errors);
    }

    private static TransitionsEval standard() {
        return new TransitionsEval(TransitionsClassifier.withDefaults(), TerritoryRecognizer.withDefaults());
    }

    /** Dev then test, as printed by {@code ./vigie eval}. */
    public static List<TransitionsEvalReport> run() {
        TransitionsEval eval = standard();
        var vocabulary = eval.classifier.vocabulary();
        return List.of(eval.evaluate("dev (tuned on)", TransitionsEvalSet.fromClasspath(TransitionsEvalSet.DEV, vocabulary)),
                eval.evaluate("test (held out)", TransitionsEvalSet.fromClasspath(TransitionsEvalSet.TEST, vocabulary)));
    }

    /** Dev only: what to look at while tuning, so the test set stays unseen. */
    public static TransitionsEvalReport runDev() {
        TransitionsEval eval = standard();
        return eval.evaluate("dev (tuned on)",
                TransitionsEvalSet.fromClasspath(TransitionsEvalSet.DEV, eval.classifier.vocabulary()));
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("dev")) {
            System.out.println(runDev().format());
            return;
        }
        run().forEach(report -> System.out.println(report.format()));
    }
}
