package io.vigie.enrich.transitions;

/**
 * Tuning of {@link TransitionsClassifier}; the defaults were set on the dev split only.
 *
 * @param themeThreshold   summed cue weight at which a theme is retained (a strong cue weighs 1, a weak 0.5)
 * @param frameThreshold   summed cue weight the winning frame needs
 * @param titleWeight      multiplier for cues in the title, which states what the story is about
 * @param negationWindow   words before a frame cue searched for a negation that cancels it
 * @param requireRelevant  frame only mentions whose territory annotation says relevant; when false a
 *                         missing annotation does not block the frame (for texts known to be local)
 */
public record TransitionsSettings(double themeThreshold, double frameThreshold, double titleWeight,
                                  int negationWindow, boolean requireRelevant) {

    public static final TransitionsSettings DEFAULTS = new TransitionsSettings(1.0, 0.75, 1.5, 3, true);

    public TransitionsSettings {
        positive("themeThreshold", themeThreshold);
        positive("frameThreshold", frameThreshold);
        positive("titleWeight", titleWeight);
        if (negationWindow < 0 || negationWindow > 10) {
            throw new IllegalArgumentException("transitions.negationWindow must be within 0..10, got " + negationWindow);
        }
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("transitions." + name + " must be a positive number, got " + value);
        }
    }
}
