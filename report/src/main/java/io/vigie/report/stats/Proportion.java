package io.vigie.report.stats;

/**
 * {@code k} out of {@code n}, with its Wilson score interval: unlike the normal approximation it
 * stays inside [0, 1] and is honest for small samples, where most weekly sub-populations live.
 */
public record Proportion(long k, long n) {
    private static final double Z95 = 1.959964;

    public Proportion {
        if (n < 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("proportion needs 0 <= k <= n, got " + k + "/" + n);
        }
    }

    public static Proportion of(long k, long n) {
        return new Proportion(k, n);
    }

    public boolean empty() {
        return n == 0;
    }

    /** NaN when there is no sample. */
    public double share() {
        return n == 0 ? Double.NaN : (double) k / n;
    }

    public double lower() {
        return wilson(-1);
    }

    public double upper() {
        return wilson(1);
    }

    private double wilson(int sign) {
        if (n == 0) {
            return Double.NaN;
        }
        double p = share();
        double z2 = Z95 * Z95;
        double centre = p + z2 / (2 * n);
        double margin = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return Math.min(1, Math.max(0, (centre + sign * margin) / (1 + z2 / n)));
    }
}
