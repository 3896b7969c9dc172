package io.vigie.model;

import java.util.List;

/**
 * The economic, environmental and social transitions a mention is about, and whether it frames
 * the territory as at the forefront of them or lagging behind.
 *
 * @param pillars  economic, environmental, social
 * @param themes   finer topics (energy, mobility, housing, water, innovation...)
 * @param frame    forefront, lagging, or null when the text takes no such stance
 * @param evidence the cues that decided it
 */
public record Transitions(List<String> pillars, List<String> themes, String frame, List<String> evidence) {
    public static final String FOREFRONT = "forefront";
    public static final String LAGGING = "lagging";

    public Transitions {
        pillars = pillars == null ? List.of() : List.copyOf(pillars);
        themes = themes == null ? List.of() : List.copyOf(themes);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
