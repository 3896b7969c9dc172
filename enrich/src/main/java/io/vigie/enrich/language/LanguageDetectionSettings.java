package io.vigie.enrich.language;

/**
 * Tuning of {@link LanguageDetector}.
 *
 * @param maxChars           prefix of the text given to the model; more costs time, adds nothing
 * @param shortTextChars     below this many characters the model alone is not trusted
 * @param minConfidence      below this confidence the model alone is not trusted
 * @param undeterminedBelow  without hints, a confidence below this gives "und"
 * @param hintCandidates     how many of the model's top languages a hint is looked for in
 */
public record LanguageDetectionSettings(
        int maxChars,
        int shortTextChars,
        double minConfidence,
        double undeterminedBelow,
        int hintCandidates) {

    public static final LanguageDetectionSettings DEFAULTS = new LanguageDetectionSettings(2_000, 40, 0.3, 0.05, 5);

    public LanguageDetectionSettings {
        if (maxChars < 100) {
            throw new IllegalArgumentException("language maxChars must be >= 100, was " + maxChars);
        }
        if (shortTextChars < 0 || shortTextChars > maxChars) {
            throw new IllegalArgumentException("language shortTextChars must be in 0.." + maxChars + ", was " + shortTextChars);
        }
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("language minConfidence must be in 0..1, was " + minConfidence);
        }
        if (undeterminedBelow < 0 || undeterminedBelow > 1) {
            throw new IllegalArgumentException("language undeterminedBelow must be in 0..1, was " + undeterminedBelow);
        }
        if (hintCandidates < 1) {
            throw new IllegalArgumentException("language hintCandidates must be >= 1, was " + hintCandidates);
        }
    }
}
