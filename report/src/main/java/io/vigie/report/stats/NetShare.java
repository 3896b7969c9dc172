package io.vigie.report.stats;

/**
 * Share of {@code plus} minus share of {@code minus} among {@code n} (net sentiment, frame balance),
 * in [-1, 1], with a 95% interval from the multinomial variance of the difference.
 */
public record NetShare(long plus, long minus, long n) {
    private static final double Z95 = 1.959964;

    public NetShare {
        if (plus < 0 || minus < 0 || plus + minus > n) {
            throw new IllegalArgumentException("net share needs plus + minus <= n, got " + plus + "+" + minus + "/" + n);
        }
    }

    public double value() {
        return n == 0 ? Double.NaN : (double) (plus - minus) / n;
    }

    public double margin() {
        if (n == 0) {
            return Double.NaN;
        }
        double p = (double) plus / n;
        double q = (double) minus / n;
        double variance = (p + q - (p - q) * (p - q)) / n;
        // At p = q = 0 the plug-in variance is 0; a small-sample floor keeps the interval honest.
        return Z95 * Math.sqrt(Math.max(variance, 1.0 / (n * (double) n)));
    }
}
