package io.vigie.enrich.sentiment;

import io.vigie.enrich.territory.TerritoryAnnotation;
import io.vigie.enrich.territory.TerritoryRecognizer;
import io.vigie.model.Sentiment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Re-trains the {@link PortrayalModel} shipped at {@value PortrayalModel#RESOURCE} from
 * {@link PortrayalTrainingSet}. Deterministic: the same data gives the same file.
 * <pre>
 *   java ... io.vigie.enrich.sentiment.PortrayalTraining [--cv] [--out FILE]
 * </pre>
 * Also writes the {@link PortrayalStacker} at {@value PortrayalStacker#RESOURCE} ({@code --stacker-out FILE}).
 * {@code --cv} prints the cross-validated figures ({@link PortrayalCrossValidation}) instead of writing.
 */
public final class PortrayalTraining {
    static final LogisticRegressionTrainer TRAINER = new LogisticRegressionTrainer(1e-4, 15, 2, 42);

    private PortrayalTraining() {
    }

    /** The items read the way production reads them, with the rules' verdict. */
    record Example(PortrayalTrainingSet.Item item, SentimentInput input, Sentiment rules) {
        int gold() {
            return SentimentTraining.classOf(item.label());
        }

        PortrayalFeatures.RuleView ruleView() {
            return new PortrayalFeatures.RuleView(rules.label(), rules.score(), rules.toneScore());
        }

        Map<String, Double> features(boolean readsRules) {
            return PortrayalFeatures.extract(item.language(), item.title(), item.body(), readsRules ? ruleView() : null);
        }
    }

    /** Same path as production: the recognizer finds the territory, the analyzer scores around it. */
    static SentimentInput input(TerritoryRecognizer recognizer, PortrayalTrainingSet.Item item) {
        TerritoryAnnotation territory = recognizer.annotate(item.title(), item.body(), item.language(), null);
        String doc = SentimentInput.document(item.title(), item.body());
        List<TargetSpan> targets = DemonymFinder.withDemonyms(doc, recognizer.nameSpans(doc).stream()
                .map(n -> new TargetSpan(n.start(), n.end(), n.listed())).toList());
        return new SentimentInput(item.language(), item.title(), item.body(), targets, territory.relevant());
    }

    static List<Example> examples(TerritorySentimentAnalyzer rules, TerritoryRecognizer recognizer,
                                  List<PortrayalTrainingSet.Item> items) {
        List<Example> out = new ArrayList<>();
        for (PortrayalTrainingSet.Item item : items) {
            SentimentInput in = input(recognizer, item);
            out.add(new Example(item, in, rules.analyze(in)));
        }
        return out;
    }

    static TargetSentimentModel train(List<Example> examples, boolean readsRules) {
        List<Map<String, Double>> x = new ArrayList<>();
        int[] y = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            x.add(examples.get(i).features(readsRules));
            y[i] = examples.get(i).gold();
        }
        return TRAINER.train(x, y);
    }

    /** The model the shipped resource must equal. */
    static TargetSentimentModel trainDefault() {
        TerritorySentimentAnalyzer rules = TerritorySentimentAnalyzer.withDefaults().withoutPortrayal();
        return train(examples(rules, TerritoryRecognizer.withDefaults(), PortrayalTrainingSet.load()),
                PortrayalModel.READS_RULES);
    }

    /**
     * The stacker the shipped resource must equal: trained on the text model's out-of-fold probabilities
     * over the same items and folds as the cross-validation.
     */
    static PortrayalStacker trainDefaultStacker() {
        TerritorySentimentAnalyzer rules = TerritorySentimentAnalyzer.withDefaults().withoutPortrayal();
        return PortrayalStacking.train(rules, examples(rules, TerritoryRecognizer.withDefaults(), PortrayalTrainingSet.load()));
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--cv")) {
            System.out.println(PortrayalCrossValidation.run().format());
            return;
        }
        int outAt = List.of(args).indexOf("--out");
        Path out = outAt >= 0 && outAt + 1 < args.length ? Path.of(args[outAt + 1])
                : Path.of("enrich/src/main/resources" + PortrayalModel.RESOURCE);
        TargetSentimentModel model = trainDefault();
        model.write(out);
        System.out.printf(Locale.ROOT, "wrote %s (%d features)%n", out.toAbsolutePath(), model.size());
        int stackAt = List.of(args).indexOf("--stacker-out");
        Path stackOut = stackAt >= 0 && stackAt + 1 < args.length ? Path.of(args[stackAt + 1])
                : Path.of("enrich/src/main/resources" + PortrayalStacker.RESOURCE);
        TargetSentimentModel stacker = trainDefaultStacker().model();
        stacker.write(stackOut);
        System.out.printf(Locale.ROOT, "wrote %s (%d features)%n", stackOut.toAbsolutePath(), stacker.size());
    }
}
