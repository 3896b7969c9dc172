package io.vigie.enrich.sentiment.eval;

import io.vigie.enrich.sentiment.DemonymFinder;
import io.vigie.enrich.sentiment.PortrayalCrossValidation;
import io.vigie.enrich.sentiment.SentimentInput;
import io.vigie.enrich.sentiment.TargetSpan;
import io.vigie.enrich.sentiment.TerritorySentimentAnalyzer;
import io.vigie.enrich.territory.TerritoryAnnotation;
import io.vigie.enrich.territory.TerritoryRecognizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Measures sentiment toward the target: on the hand-labeled territory snippets (dev, and the frozen
 * test split) in five languages, and on NewsMTSC's English dev sets (target = the given span).
 * Tuning reads only the dev split and NewsMTSC train.
 */
public final class SentimentEval {
    private final TerritorySentimentAnalyzer analyzer;
    private final TerritoryRecognizer recognizer;

    public SentimentEval(TerritorySentimentAnalyzer analyzer, TerritoryRecognizer recognizer) {
        this.analyzer = analyzer;
        this.recognizer = recognizer;
    }

    /** Same path as production: the recognizer finds the territory, the analyzer scores around it. */
    public String predict(LabeledSnippet s) {
        TerritoryAnnotation territory = recognizer.annotate(s.title(), s.text(), s.language(), null);
        String doc = SentimentInput.document(s.title(), s.text());
        List<TargetSpan> targets = DemonymFinder.withDemonyms(doc, recognizer.nameSpans(doc).stream()
                .map(n -> new TargetSpan(n.start(), n.end(), n.listed())).toList());
        return analyzer.analyze(new SentimentInput(s.language(), s.title(), s.text(), targets, territory.relevant()))
                .label();
    }

    public SentimentEvalReport.Section territory(String name, List<LabeledSnippet> set) {
        Confusion overall = new Confusion();
        Map<String, Confusion> perLanguage = new TreeMap<>();
        for (LabeledSnippet s : set) {
            String predicted = predict(s);
            overall.add(s.label(), predicted);
            perLanguage.computeIfAbsent(s.language(), k -> new Confusion()).add(s.label(), predicted);
        }
        return new SentimentEvalReport.Section(name, overall, perLanguage);
    }

    public SentimentEvalReport.Section newsMtsc(String name, List<NewsMtscSet.Row> rows) {
        Confusion c = new Confusion();
        for (NewsMtscSet.Row r : rows) {
            String predicted = analyzer.analyze(new SentimentInput("en", null, r.text(),
                    List.of(new TargetSpan(r.from(), r.to(), false)), true)).label();
            c.add(r.label(), predicted);
        }
        return new SentimentEvalReport.Section(name, c, Map.of("en", c));
    }

    /** Everything {@code ./vigie eval sentiment} prints. */
    public static SentimentEvalReport run() {
        return run(true);
    }

    /** @param includeTest false while tuning: the test split is read once, at the end */
    public static SentimentEvalReport run(boolean includeTest) {
        SentimentEval eval = new SentimentEval(TerritorySentimentAnalyzer.withDefaults(), TerritoryRecognizer.withDefaults());
        List<SentimentEvalReport.Section> sections = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        sections.add(eval.territory("territory dev (hand-labeled, used for tuning)", TerritorySentimentSet.dev()));
        sections.add(eval.territory("territory dev2 (neutral/polar boundary genres, used for tuning)",
                TerritorySentimentSet.dev2()));
        PortrayalCrossValidation.Result cv = PortrayalCrossValidation.run();
        for (PortrayalCrossValidation.Scored s : cv.systems()) {
            if (s.headline()) {
                sections.add(new SentimentEvalReport.Section("cross-validated on the training items (" + cv.folds()
                        + "-fold, " + cv.items() + " items): " + s.name(), s.overall(), s.perLanguage()));
            }
        }
        notes.addAll(cv.notes());
        if (includeTest) {
            sections.add(eval.territory("territory dev2 check (written with dev2, evaluated once)",
                    TerritorySentimentSet.dev2Check()));
            sections.add(eval.territory("territory test (hand-labeled, frozen, never tuned on)", TerritorySentimentSet.test()));
        }
        Optional<Path> mtsc = NewsMtscSet.locate();
        if (mtsc.isEmpty()) {
            notes.add("NewsMTSC not found (" + NewsMtscSet.FOLDER + " or $VIGIE_SHARED): English dev figures skipped");
        } else {
            for (String file : List.of("rw_dev.tsv", "mt_dev.tsv")) {
                NewsMtscSet.Loaded loaded = NewsMtscSet.read(mtsc.get().resolve(file));
                sections.add(eval.newsMtsc("NewsMTSC " + file + " (English, target span given)", loaded.rows()));
                if (loaded.skipped() > 0) {
                    notes.add(loaded.skipped() + " unreadable NewsMTSC rows skipped in " + file + ": " + loaded.reasons());
                }
            }
        }
        return new SentimentEvalReport(sections, notes);
    }

    public static void main(String[] args) {
        boolean includeTest = args.length == 0 || !args[0].equals("--dev-only");
        System.out.println(run(includeTest).format());
    }
}
