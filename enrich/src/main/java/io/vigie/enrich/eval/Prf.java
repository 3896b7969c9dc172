package io.vigie.enrich.eval;

import java.util.Locale;

/**
 * True positives, false positives and false negatives of one label, with derived figures. An empty
 * denominator counts as perfect (nothing predicted: no false alarm; nothing expected: nothing missed).
 */
public record Prf(int tp, int fp, int fn) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    /** 1.0 when nothing was predicted: no false alarm. */
    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    /** 1.0 when nothing was expected: nothing to miss. */
    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public String format() {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(),
                tp, fp, fn);
    }
}
