package io.vigie.enrich.sentiment;

import io.vigie.enrich.sentiment.eval.NewsMtscSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Re-trains the English target-dependent model shipped in {@value #RESOURCE} from NewsMTSC train
 * ({@code shared/data/sentiment-train/newsmtsc/train.tsv}; the dev sets are never read here).
 * Deterministic: the same data and settings give the same file.
 * <pre>
 *   java ... io.vigie.enrich.sentiment.SentimentTraining [--cv] [--out FILE]
 * </pre>
 * {@code --cv} prints 5-fold cross-validated macro-F1 on train for the L2/epoch grid instead of writing.
 */
public final class SentimentTraining {
    static final String RESOURCE = "/sentiment/model/en-newsmtsc.tsv.gz";
    static final LogisticRegressionTrainer TRAINER = new LogisticRegressionTrainer(1e-3, 5, 2, 42);
    private static final String[] LABELS = {"negative", "neutral", "positive"};

    private SentimentTraining() {
    }

    /** Examples: sparse features and gold class (0 neg, 1 neu, 2 pos). */
    record Examples(List<Map<String, Double>> x, int[] y, int[] group) {
    }

    static Examples examples(TerritorySentimentAnalyzer lexicalOnly, List<NewsMtscSet.Row> rows) {
        List<Map<String, Double>> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        List<Integer> group = new ArrayList<>();
        for (NewsMtscSet.Row r : rows) {
            Optional<Map<String, Double>> f = lexicalOnly.targetFeatures(new SentimentInput("en", null, r.text(),
                    List.of(new TargetSpan(r.from(), r.to(), false)), true));
            if (f.isPresent()) {
                x.add(f.get());
                y.add(classOf(r.label()));
                group.add(r.text().hashCode());
            }
        }
        return new Examples(x, y.stream().mapToInt(Integer::intValue).toArray(),
                group.stream().mapToInt(Integer::intValue).toArray());
    }

    static int classOf(String label) {
        for (int c = 0; c < LABELS.length; c++) {
            if (LABELS[c].equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown label '" + label + "'");
    }

    public static void main(String[] args) {
        boolean cv = List.of(args).contains("--cv");
        int outAt = List.of(args).indexOf("--out");
        Path out = outAt >= 0 && outAt + 1 < args.length ? Path.of(args[outAt + 1])
                : Path.of("enrich/src/main/resources" + RESOURCE);
        Path folder = NewsMtscSet.locate().orElseThrow(() -> new IllegalStateException(
                "NewsMTSC not found: run from the project (shared/ beside it) or set VIGIE_SHARED"));
        NewsMtscSet.Loaded train = NewsMtscSet.read(folder.resolve("train.tsv"));
        TerritorySentimentAnalyzer lexical = TerritorySentimentAnalyzer.lexicalOnly(SentimentSettings.defaults());
        Examples ex = examples(lexical, train.rows());
        System.out.printf(Locale.ROOT, "NewsMTSC train: %d examples (%d rows skipped)%n", ex.y().length, train.skipped());
        if (cv) {
            for (double l2 : new double[]{1e-3}) {
                for (int epochs : new int[]{5}) {
                    LogisticRegressionTrainer t = new LogisticRegressionTrainer(l2, epochs, 2, 42);
                    System.out.printf(Locale.ROOT, "l2=%g epochs=%d cv macro-F1=%.3f%n", l2, epochs, crossValidate(t, ex, 5));
                }
            }
            return;
        }
        TargetSentimentModel model = TRAINER.train(ex.x(), ex.y());
        model.write(out);
        System.out.printf(Locale.ROOT, "wrote %s (%d features)%n", out.toAbsolutePath(), model.size());
    }

    static double crossValidate(LogisticRegressionTrainer trainer, Examples ex, int folds) {
        int n = ex.y().length;
        int[][] confusion = new int[3][3];
        double[] bands = {0.05, 0.12, 0.2, 0.3};
        int[][][] banded = new int[bands.length][3][3];
        double[] betas = {0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
        int[][][] blendRaw = new int[betas.length][3][3];
        int[][][] blendArg = new int[betas.length][3][3];
        double band = SentimentSettings.defaults().positiveThreshold();
        for (int fold = 0; fold < folds; fold++) {
            List<Map<String, Double>> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (Math.floorMod(ex.group()[i], folds) != fold) {
                    x.add(ex.x().get(i));
                    y.add(ex.y()[i]);
                }
            }
            TargetSentimentModel m = trainer.train(x, y.stream().mapToInt(Integer::intValue).toArray());
            for (int i = 0; i < n; i++) {
                if (Math.floorMod(ex.group()[i], folds) != fold) {
                    continue;
                }
                double[] p = m.probabilities(ex.x().get(i));
                confusion[ex.y()[i]][PortrayalDecision.argmax(p)]++;
                double d = p[2] - p[0];
                double lex = ex.x().get(i).get("lex");
                for (int b = 0; b < betas.length; b++) {
                    double raw = betas[b] * d + (1 - betas[b]) * lex;
                    double w = TargetFeatures.rulesSpeak(ex.x().get(i)) ? betas[b] / 2 : betas[b];
                    double arg = w * TerritorySentimentAnalyzer.modelCompound(p, band) + (1 - w) * lex;
                    blendRaw[b][ex.y()[i]][raw >= band ? 2 : raw <= -band ? 0 : 1]++;
                    blendArg[b][ex.y()[i]][arg >= band ? 2 : arg <= -band ? 0 : 1]++;
                }
                for (int b = 0; b < bands.length; b++) {
                    banded[b][ex.y()[i]][d >= bands[b] ? 2 : d <= -bands[b] ? 0 : 1]++;
                }
            }
        }
        for (int b = 0; b < bands.length; b++) {
            System.out.printf(Locale.ROOT, "  band %.2f: macro-F1 %.3f%n", bands[b], macroF1(banded[b]));
        }
        for (int b = 0; b < betas.length; b++) {
            System.out.printf(Locale.ROOT, "  model weight %.1f: raw %.3f argmax-aware, halved where rules speak %.3f%n", betas[b],
                    macroF1(blendRaw[b]), macroF1(blendArg[b]));
        }
        return macroF1(confusion);
    }

    static double macroF1(int[][] m) {
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            double tp = m[c][c];
            double predicted = m[0][c] + m[1][c] + m[2][c];
            double gold = m[c][0] + m[c][1] + m[c][2];
            double p = predicted == 0 ? 0 : tp / predicted;
            double r = gold == 0 ? 0 : tp / gold;
            sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return sum / 3;
    }
}
