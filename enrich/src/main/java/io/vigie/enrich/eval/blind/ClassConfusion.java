package io.vigie.enrich.eval.blind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Confusion matrix of a single-label decision over fixed classes, with per-class and macro scores.
 * A prediction outside the classes is counted under its own column so that it is never hidden.
 */
public final class ClassConfusion {
    private final List<String> classes;
    private final Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();

    public ClassConfusion(List<String> classes) {
        this.classes = List.copyOf(classes);
        for (String gold : classes) {
            matrix.put(gold, new LinkedHashMap<>());
        }
    }

    public void add(String gold, String predicted) {
        matrix.computeIfAbsent(gold, k -> new LinkedHashMap<>()).merge(predicted, 1, Integer::sum);
    }

    public int count(String gold, String predicted) {
        return matrix.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    public int total() {
        return matrix.values().stream().flatMap(row -> row.values().stream()).mapToInt(Integer::intValue).sum();
    }

    public double accuracy() {
        int correct = 0;
        for (String c : matrix.keySet()) {
            correct += count(c, c);
        }
        return Ratios.of(correct, total());
    }

    public double precision(String c) {
        int predicted = matrix.values().stream().mapToInt(row -> row.getOrDefault(c, 0)).sum();
        return Ratios.of(count(c, c), predicted);
    }

    public double recall(String c) {
        int gold = matrix.getOrDefault(c, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        return Ratios.of(count(c, c), gold);
    }

    public double f1(String c) {
        return Ratios.f1(precision(c), recall(c));
    }

    public int support(String c) {
        return matrix.getOrDefault(c, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Mean F1 over the declared classes, including those with no gold item (they score 0 if predicted). */
    public double macroF1() {
        return classes.stream().mapToDouble(this::f1).average().orElse(0.0);
    }

    public String format(String indent) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%saccuracy=%.3f macro-F1=%.3f n=%d%n", indent, accuracy(), macroF1(),
                total()));
        for (String c : classes) {
            out.append(String.format(Locale.ROOT, "%s  %-10s P=%.3f R=%.3f F1=%.3f support=%d%n", indent, c,
                    precision(c), recall(c), f1(c), support(c)));
        }
        List<String> columns = new java.util.ArrayList<>(classes);
        matrix.values().forEach(row -> row.keySet().stream().filter(k -> !columns.contains(k)).forEach(columns::add));
        out.append(indent).append("  confusion (rows gold, columns predicted):").append(System.lineSeparator());
        out.append(indent).append(String.format(Locale.ROOT, "    %-10s", ""));
        columns.forEach(col -> out.append(String.format(Locale.ROOT, "%10s", col)));
        out.append(System.lineSeparator());
        for (String gold : matrix.keySet()) {
            out.append(indent).append(String.format(Locale.ROOT, "    %-10s", gold));
            columns.forEach(col -> out.append(String.format(Locale.ROOT, "%10d", count(gold, col))));
            out.append(System.lineSeparator());
        }
        return out.toString();
    }
}
