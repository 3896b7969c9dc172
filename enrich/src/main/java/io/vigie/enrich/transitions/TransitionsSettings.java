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
 * @param newsThemeThreshold summed weight (topic votes and cues) at which a broad news theme is retained
 * @param minTopicShare    a topic is kept only when its weight is at least this share of the strongest
 *                         topic's, so a passing mention (school yards in a heat story) does not add a topic
 */
public record TransitionsSettings(double themeThreshold, double frameThreshold, double titleWeight,
                                  int negationWindow, boolean requireRelevant, double newsThemeThreshold,
                                  double minTopicShare) {

    public static final TransitionsSettings DEFAULTS = new TransitionsSettings(1.0, 0.75, 1.5, 3, true, 1.0,
            0.5);

    /** The settings before broad news themes existed, with the default news theme threshold. */
    public TransitionsSettings(double themeThreshold, double frameThreshold, double titleWeight, int negationWindow,
                               boolean requireRelevant) {
        this(themeThreshold, frameThreshold, titleWeight, negationWindow, requireRelevant, DEFAULTS.newsThemeThreshold,
                DEFAULTS.minTopicShare);
    }

    public TransitionsSettings {
        positive("themeThreshold", themeThreshold);
        positive("newsThemeThreshold", newsThemeThreshold);
        if (!(minTopicShare >= 0 && minTopicShare <= 1)) {
            throw new IllegalArgumentException("transitions.minTopicShare must be within 0..1, got " + minTopicShare);
        }
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
