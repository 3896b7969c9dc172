package io.vigie.enrich.sentiment.eval;

import java.util.List;
import java.util.Locale;

/** Three-class confusion matrix with accuracy, per-class precision/recall/F1 and macro-F1. */
public final class Confusion {
    public static final List<String> LABELS = List.of("negative", "neutral", "positive");
    private final int[][] counts = new int[3][3];

    public void add(String gold, String predicted) {
        counts[index(gold)][index(predicted)]++;
    }

    private static int index(String label) {
        int i = LABELS.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown sentiment label '" + label + "', expected one of " + LABELS);
        }
        return i;
    }

    public int total() {
        int t = 0;
        for (int[] row : counts) {
            for (int c : row) {
                t += c;
            }
        }
        return t;
    }

    public double accuracy() {
        int t = total();
        return t == 0 ? 0 : (double) (counts[0][0] + counts[1][1] + counts[2][2]) / t;
    }

    public double precision(int c) {
        int col = counts[0][c] + counts[1][c] + counts[2][c];
        return col == 0 ? 0 : (double) counts[c][c] / col;
    }

    public double recall(int c) {
        int row = counts[c][0] + counts[c][1] + counts[c][2];
        return row == 0 ? 0 : (double) counts[c][c] / row;
    }

    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        return (f1(0) + f1(1) + f1(2)) / 3;
    }

    public String format(String indent) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%sn=%d accuracy=%.3f macro-F1=%.3f%n", indent, total(), accuracy(), macroF1()));
        for (int c = 0; c < 3; c++) {
            sb.append(String.format(Locale.ROOT, "%s  %-8s P=%.3f R=%.3f F1=%.3f%n", indent, LABELS.get(c),
                    precision(c), recall(c), f1(c)));
        }
        sb.append(indent).append("  gold\\pred   neg   neu   pos\n");
        for (int g = 0; g < 3; g++) {
            sb.append(String.format(Locale.ROOT, "%s  %-9s %5d %5d %5d%n", indent, LABELS.get(g), counts[g][0],
                    counts[g][1], counts[g][2]));
        }
        return sb.toString();
    }
}
