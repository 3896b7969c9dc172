package io.vigie.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains the {@link PortrayalStacker}: the text model's probabilities it learns from are out-of-fold
 * (each item scored by a text model trained on the other folds), so the stacker sees the model as it
 * behaves on new text, not on items it memorised. Deterministic: same items, same folds, same bytes.
 */
final class PortrayalStacking {
    static final int INNER_FOLDS = 5;
    /** Dense features: every one kept, more passes than the sparse text model, a little more L2. */
    static final LogisticRegressionTrainer TRAINER = new LogisticRegressionTrainer(1e-3, 40, 1, 42);

    private PortrayalStacking() {
    }

    /** An item with what the stacker reads: the rules' signals and the text model's probabilities. */
    record Row(PortrayalTraining.Example example, RuleSignals signals, double[] text) {
        Map<String, Double> features() {
            PortrayalTrainingSet.Item item = example.item();
            return PortrayalStacker.features(item.language(), item.title(), item.body(), signals, text);
        }
    }

    /** The folds of the items (near-duplicates together, languages spread), as the cross-validation uses. */
    static int[] folds(List<PortrayalTraining.Example> examples, int k) {
        List<List<String>> words = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        for (PortrayalTraining.Example e : examples) {
            words.add(PortrayalFeatures.words(SentimentInput.document(e.item().title(), e.item().body()),
                    e.item().language()));
            languages.add(e.item().language());
        }
        return CrossValidationFolds.assign(words, languages, k);
    }

    /** Each item with the probabilities of a text model trained on the other folds. */
    static List<Row> outOfFold(List<PortrayalTraining.Example> examples, List<RuleSignals> signals, int k) {
        int[] fold = folds(examples, k);
        double[][] text = new double[examples.size()][];
        for (int f = 0; f < k; f++) {
            List<PortrayalTraining.Example> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] != f) {
                    train.add(examples.get(i));
                }
            }
            TargetSentimentModel model = PortrayalTraining.train(train, false);
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == f) {
                    text[i] = model.probabilities(examples.get(i).features(false));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            rows.add(new Row(examples.get(i), signals.get(i), text[i]));
        }
        return rows;
    }

    static PortrayalStacker train(List<Row> rows) {
        List<Map<String, Double>> x = new ArrayList<>();
        int[] y = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x.add(rows.get(i).features());
            y[i] = rows.get(i).example().gold();
        }
        return new PortrayalStacker(TRAINER.train(x, y));
    }

    /** The stacker for these items: out-of-fold text probabilities, then the logistic combination. */
    static PortrayalStacker train(TerritorySentimentAnalyzer rules, List<PortrayalTraining.Example> examples) {
        return train(outOfFold(examples, signals(rules, examples), INNER_FOLDS));
    }

    static List<RuleSignals> signals(TerritorySentimentAnalyzer rules, List<PortrayalTraining.Example> examples) {
        return examples.stream().map(e -> rules.ruleSignals(e.input())).toList();
    }
}
