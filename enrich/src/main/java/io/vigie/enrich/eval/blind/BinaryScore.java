package io.vigie.enrich.eval.blind;

import java.util.Locale;

/** Precision, recall, F1 and accuracy of a yes/no decision. Mutable while counting; not thread-safe. */
public final class BinaryScore {
    private int tp;
    private int fp;
    private int fn;
    private int tn;

    public void add(boolean gold, boolean predicted) {
        if (gold && predicted) {
            tp++;
        } else if (predicted) {
            fp++;
        } else if (gold) {
            fn++;
        } else {
            tn++;
        }
    }

    public int total() {
        return tp + fp + fn + tn;
    }

    public double precision() {
        return Ratios.of(tp, tp + fp);
    }

    public double recall() {
        return Ratios.of(tp, tp + fn);
    }

    public double f1() {
        return Ratios.f1(precision(), recall());
    }

    public double accuracy() {
        return Ratios.of(tp + tn, total());
    }

    public String format() {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f acc=%.3f (tp=%d fp=%d fn=%d tn=%d, n=%d)",
                precision(), recall(), f1(), accuracy(), tp, fp, fn, tn, total());
    }
}
