package io.vigie.enrich.eval;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Outcome of one evaluation run.
 *
 * @param name      what was evaluated (e.g. "model only")
 * @param confusion true label -> predicted code -> count
 */
public record LanguageEvalReport(String name, Map<String, Map<String, Integer>> confusion) {

    public int total() {
        return confusion.values().stream().flatMap(row -> row.values().stream()).mapToInt(Integer::intValue).sum();
    }

    public int correct() {
        return confusion.entrySet().stream().mapToInt(e -> e.getValue().getOrDefault(e.getKey(), 0)).sum();
    }

    public double accuracy() {
        return total() == 0 ? 0 : (double) correct() / total();
    }

    /** Accuracy (recall) per true language. */
    public Map<String, Double> accuracyByLanguage() {
        Map<String, Double> result = new TreeMap<>();
        confusion.forEach((label, row) -> {
            int rowTotal = row.values().stream().mapToInt(Integer::intValue).sum();
            result.put(label, rowTotal == 0 ? 0 : (double) row.getOrDefault(label, 0) / rowTotal);
        });
        return result;
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s: %d/%d correct, accuracy %.1f%%%n", name, correct(), total(), 100 * accuracy()));
        accuracyByLanguage().forEach((label, accuracy) ->
                out.append(String.format("  %-4s %5.1f%%%n", label, 100 * accuracy)));
        Set<String> predicted = new TreeSet<>();
        confusion.values().forEach(row -> predicted.addAll(row.keySet()));
        out.append("  confusion (rows = truth, columns = predicted):\n  ").append(String.format("%-5s", ""));
        predicted.forEach(code -> out.append(String.format("%5s", code)));
        out.append('\n');
        confusion.forEach((label, row) -> {
            out.append("  ").append(String.format("%-5s", label));
            predicted.forEach(code -> out.append(String.format("%5d", row.getOrDefault(code, 0))));
            out.append('\n');
        });
        return out.toString();
    }
}
