package io.vigie.enrich.eval.blind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Micro and macro precision/recall/F1 of a multi-label decision (the transition pillars). */
public final class MultiLabelScore {
    private final List<String> labels;
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private int items;
    private int exact;

    public MultiLabelScore(List<String> labels) {
        this.labels = List.copyOf(labels);
        labels.forEach(l -> counts.put(l, new int[3]));
    }

    public void add(Set<String> gold, Set<String> predicted) {
        items++;
        if (gold.equals(predicted)) {
            exact++;
        }
        for (String label : labels) {
            int[] c = counts.get(label);
            boolean g = gold.contains(label);
            boolean p = predicted.contains(label);
            if (g && p) {
                c[0]++;
            } else if (p) {
                c[1]++;
            } else if (g) {
                c[2]++;
            }
        }
    }

    public double precision(String label) {
        int[] c = counts.get(label);
        return Ratios.of(c[0], c[0] + c[1]);
    }

    public double recall(String label) {
        int[] c = counts.get(label);
        return Ratios.of(c[0], c[0] + c[2]);
    }

    public double f1(String label) {
        return Ratios.f1(precision(label), recall(label));
    }

    public double microPrecision() {
        int tp = sum(0);
        return Ratios.of(tp, tp + sum(1));
    }

    public double microRecall() {
        int tp = sum(0);
        return Ratios.of(tp, tp + sum(2));
    }

    public double microF1() {
        return Ratios.f1(microPrecision(), microRecall());
    }

    public double macroPrecision() {
        return labels.stream().mapToDouble(this::precision).average().orElse(0);
    }

    public double macroRecall() {
        return labels.stream().mapToDouble(this::recall).average().orElse(0);
    }

    public double macroF1() {
        return labels.stream().mapToDouble(this::f1).average().orElse(0);
    }

    public double exactMatch() {
        return Ratios.of(exact, items);
    }

    private int sum(int index) {
        return counts.values().stream().mapToInt(c -> c[index]).sum();
    }

    public String format(String indent) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%smicro P=%.3f R=%.3f F1=%.3f | macro P=%.3f R=%.3f F1=%.3f | "
                        + "exact set match=%.3f n=%d%n", indent, microPrecision(), microRecall(), microF1(),
                macroPrecision(), macroRecall(), macroF1(), exactMatch(), items));
        for (String label : labels) {
            int[] c = counts.get(label);
            out.append(String.format(Locale.ROOT, "%s  %-14s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n", indent,
                    label, precision(label), recall(label), f1(label), c[0], c[1], c[2]));
        }
        return out.toString();
    }
}
