package io.vigie.model;

import java.util.List;

/**
 * The economic, environmental and social transitions a mention is about, and whether it frames
 * the territory as at the forefront of them or lagging behind.
 *
 * @param pillars  economic, environmental, social
 * @param themes   broad news themes: economy, environment, social, security, culture, sport, tourism,
 *                 transport, research-innovation, politics, other
 * @param topics   finer transition topics (hydrogen, offshore_wind, housing, water_drought...)
 * @param frame    forefront, lagging, or null when the text takes no such stance
 * @param evidence the cues that decided it
 */
public record Transitions(List<String> pillars, List<String> themes, List<String> topics, String frame,
                          List<String> evidence) {
    public static final String FOREFRONT = "forefront";
    public static final String LAGGING = "lagging";

    public Transitions {
        pillars = pillars == null ? List.of() : List.copyOf(pillars);
        themes = themes == null ? List.of() : List.copyOf(themes);
        topics = topics == null ? List.of() : List.copyOf(topics);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
