package io.vigie.enrich.sentiment;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Multinomial logistic regression over {@link TargetFeatures}: probabilities of negative, neutral and
 * positive toward a target. Immutable, thread-safe. Trained by {@link SentimentTraining}; stored as a
 * gzipped TSV ({@code feature<TAB>wNeg<TAB>wNeu<TAB>wPos}, first line {@code #bias ...}).
 */
final class TargetSentimentModel {
    static final int NEG = 0;
    static final int NEU = 1;
    static final int POS = 2;

    private final Map<String, double[]> weights;
    private final double[] bias;

    TargetSentimentModel(Map<String, double[]> weights, double[] bias) {
        this.weights = Map.copyOf(weights);
        this.bias = bias.clone();
    }

    double[] probabilities(Map<String, Double> features) {
        double[] z = bias.clone();
        for (Map.Entry<String, Double> e : features.entrySet()) {
            double[] w = weights.get(e.getKey());
            if (w != null) {
                double v = e.getValue();
                z[0] += w[0] * v;
                z[1] += w[1] * v;
                z[2] += w[2] * v;
            }
        }
        return softmax(z);
    }

    static double[] softmax(double[] z) {
        double max = Math.max(z[0], Math.max(z[1], z[2]));
        double[] p = new double[3];
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < 3; k++) {
            p[k] /= sum;
        }
        return p;
    }

    int size() {
        return weights.size();
    }

    /** The model shipped at {@code resource}, or empty when there is none. */
    static Optional<TargetSentimentModel> load(String resource) {
        InputStream raw = TargetSentimentModel.class.getResourceAsStream(resource);
        if (raw == null) {
            return Optional.empty();
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            return Optional.of(read(resource, in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sentiment model " + resource, e);
        }
    }

    private static TargetSentimentModel read(String name, BufferedReader in) throws IOException {
        Map<String, double[]> weights = new HashMap<>();
        double[] bias = null;
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String[] c = line.split("\t", -1);
            if (c.length != 4) {
                throw new IllegalStateException(name + " line " + lineNo + ": expected 4 columns, got " + c.length);
            }
            double[] w;
            try {
                w = new double[]{Double.parseDouble(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3])};
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + " line " + lineNo + ": weights are not numbers", e);
            }
            if (c[0].equals("#bias")) {
                bias = w;
            } else {
                weights.put(c[0], w);
            }
        }
        if (bias == null) {
            throw new IllegalStateException(name + ": no #bias line");
        }
        return new TargetSentimentModel(weights, bias);
    }

    void write(Path file) {
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            out.write(row("#bias", bias));
            for (Map.Entry<String, double[]> e : new TreeMap<>(weights).entrySet()) {
                out.write(row(e.getKey(), e.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sentiment model " + file, e);
        }
    }

    private static String row(String key, double[] w) {
        return String.format(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f%n", key, w[0], w[1], w[2]);
    }
}
