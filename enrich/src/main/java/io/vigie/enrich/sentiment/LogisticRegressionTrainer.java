package io.vigie.enrich.sentiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link TargetSentimentModel}: multinomial logistic regression, AdaGrad SGD with L2 and class
 * weights inverse to frequency (the target metric is macro-F1). Seeded, so a re-run gives the same model.
 *
 * @param l2         L2 penalty per example
 * @param epochs     passes over the data
 * @param minCount   features seen in fewer examples are dropped
 * @param seed       shuffling seed
 */
record LogisticRegressionTrainer(double l2, int epochs, int minCount, long seed) {
    private static final double RATE = 0.1;

    LogisticRegressionTrainer {
        if (!(l2 >= 0)) {
            throw new IllegalArgumentException("l2 must be >= 0, got " + l2);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be >= 1, got " + minCount);
        }
    }

    TargetSentimentModel train(List<Map<String, Double>> x, int[] y) {
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Double> f : x) {
            f.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
        }
        Map<String, double[]> w = new HashMap<>();
        Map<String, double[]> g2 = new HashMap<>();
        df.forEach((k, c) -> {
            if (c >= minCount) {
                w.put(k, new double[3]);
                g2.put(k, new double[3]);
            }
        });
        double[] bias = new double[3];
        double[] biasG2 = new double[3];
        double[] classWeight = classWeights(y);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                Map<String, Double> f = x.get(i);
                double[] z = bias.clone();
                for (Map.Entry<String, Double> e : f.entrySet()) {
                    double[] wk = w.get(e.getKey());
                    if (wk != null) {
                        for (int c = 0; c < 3; c++) {
                            z[c] += wk[c] * e.getValue();
                        }
                    }
                }
                double[] p = TargetSentimentModel.softmax(z);
                double[] err = new double[3];
                for (int c = 0; c < 3; c++) {
                    err[c] = classWeight[y[i]] * (p[c] - (y[i] == c ? 1 : 0));
                    biasG2[c] += err[c] * err[c];
                    bias[c] -= RATE * err[c] / Math.sqrt(biasG2[c] + 1e-8);
                }
                for (Map.Entry<String, Double> e : f.entrySet()) {
                    double[] wk = w.get(e.getKey());
                    if (wk == null) {
                        continue;
                    }
                    double[] gk = g2.get(e.getKey());
                    for (int c = 0; c < 3; c++) {
                        double g = err[c] * e.getValue() + l2 * wk[c];
                        gk[c] += g * g;
                        wk[c] -= RATE * g / Math.sqrt(gk[c] + 1e-8);
                    }
                }
            }
        }
        w.values().removeIf(v -> Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[2]) < 1e-3);
        return new TargetSentimentModel(w, bias);
    }

    private static double[] classWeights(int[] y) {
        double[] count = new double[3];
        for (int label : y) {
            count[label]++;
        }
        double[] out = new double[3];
        for (int c = 0; c < 3; c++) {
            out[c] = count[c] == 0 ? 0 : y.length / (3.0 * count[c]);
        }
        return out;
    }
}
