package io.vigie.report.stats;

/**
 * Dunning's log-likelihood ratio (G²) for a term seen {@code a} times in a corpus of {@code c}
 * units and {@code b} times in a reference of {@code d} units. G² ≥ 10.83 is p < 0.001 (1 d.f.).
 */
public final class LogLikelihood {
    public static final double P001 = 10.83;

    private LogLikelihood() {
    }

    public static double g2(long a, long b, long c, long d) {
        if (c <= 0 || d <= 0) {
            return 0;
        }
        double e1 = c * (double) (a + b) / (c + d);
        double e2 = d * (double) (a + b) / (c + d);
        return 2 * (term(a, e1) + term(b, e2));
    }

    private static double term(long observed, double expected) {
        return observed == 0 || expected == 0 ? 0 : observed * Math.log(observed / expected);
    }
}
