package io.vigie.enrich.eval.blind;

import java.util.Objects;
import java.util.Set;

/**
 * One hand-labeled news item of the blind test set.
 *
 * @param id        stable id, language prefix and number (fr-001)
 * @param lang      gold ISO 639-1 language
 * @param relevant  gold: is the item about the territory
 * @param sentiment gold portrayal of the territory: positive, neutral or negative (neutral when not relevant)
 * @param pillars   gold transition pillars: economic, environmental, social
 * @param frame     gold frame: forefront, lagging or none
 * @param outlet    the kind of outlet the item was written as coming from
 * @param title     headline
 * @param lead      lead paragraph, empty for bare headlines
 */
public record BlindItem(String id, String lang, boolean relevant, String sentiment, Set<String> pillars,
                        String frame, String outlet, String title, String lead) {
    public static final Set<String> SENTIMENTS = Set.of("positive", "neutral", "negative");
    public static final Set<String> PILLARS = Set.of("economic", "environmental", "social");
    public static final Set<String> FRAMES = Set.of("forefront", "lagging", "none");

    public BlindItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        lead = lead == null ? "" : lead;
        pillars = Set.copyOf(pillars);
        if (!SENTIMENTS.contains(sentiment)) {
            throw new IllegalArgumentException(id + ": unknown sentiment " + sentiment);
        }
        if (!PILLARS.containsAll(pillars)) {
            throw new IllegalArgumentException(id + ": unknown pillar in " + pillars);
        }
        if (!FRAMES.contains(frame)) {
            throw new IllegalArgumentException(id + ": unknown frame " + frame);
        }
    }

    /** Words in title and lead, to split results by text length. */
    public int wordCount() {
        String all = (title + " " + lead).strip();
        return all.isEmpty() ? 0 : all.split("\\s+").length;
    }
}
