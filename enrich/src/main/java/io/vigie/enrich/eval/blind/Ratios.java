package io.vigie.enrich.eval.blind;

/** Safe ratios for scores, where an empty denominator means the score is undefined and shown as 0. */
final class Ratios {
    private Ratios() {
    }

    static double of(int numerator, int denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
