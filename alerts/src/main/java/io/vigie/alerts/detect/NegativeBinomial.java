package io.vigie.alerts.detect;

/**
 * Upper tail of a negative binomial count: Poisson with a mean that itself varies (day-to-day news
 * load, baseline estimation error). Variance = mean + dispersion x mean^2; dispersion 0 is Poisson.
 */
final class NegativeBinomial {
    private NegativeBinomial() {
    }

    /** P(X >= k) for X with that mean and dispersion. */
    static double upperTail(int k, double mean, double dispersion) {
        if (k <= 0) {
            return 1;
        }
        if (mean <= 0) {
            return 0;
        }
        // P(X >= k) = 1 - sum_{x<k} pmf(x), summed in log space from pmf(0) by the ratio recurrence.
        double cdf = 0;
        if (dispersion <= 1e-9) {
            double logPmf = -mean;
            for (int x = 0; x < k; x++) {
                cdf += Math.exp(logPmf);
                logPmf += Math.log(mean) - Math.log(x + 1);
            }
        } else {
            double r = 1 / dispersion;
            double p = r / (r + mean);
            double logPmf = r * Math.log(p);
            double logQ = Math.log1p(-p);
            for (int x = 0; x < k; x++) {
                cdf += Math.exp(logPmf);
                logPmf += Math.log(x + r) - Math.log(x + 1) + logQ;
            }
        }
        return Math.max(0, 1 - cdf);
    }

    /**
     * log P(k | mean x rho) / P(k | mean), both negative binomial with the same dispersion: the
     * CUSUM increment for a rate multiplier rho. Unlike the Poisson one it grows less per story when
     * the mean is large, where over-dispersion, not a wave, explains most excess.
     */
    static double logLikelihoodRatio(int k, double mean, double rho, double dispersion) {
        if (dispersion <= 1e-9) {
            return k * Math.log(rho) - (rho - 1) * mean;
        }
        double r = 1 / dispersion;
        return k * Math.log(rho * (r + mean) / (r + rho * mean)) + r * Math.log((r + mean) / (r + rho * mean));
    }
}
