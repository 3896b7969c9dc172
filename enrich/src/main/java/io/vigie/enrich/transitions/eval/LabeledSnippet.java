package io.vigie.enrich.transitions.eval;

import java.util.List;

/**
 * One hand-labeled news snippet.
 *
 * @param topics fine transition topics ({@code transitions/themes.tsv})
 * @param themes broad news themes ({@link io.vigie.enrich.transitions.NewsThemes}), never empty
 * @param frame  "forefront", "lagging" or null
 */
public record LabeledSnippet(String language, List<String> pillars, List<String> topics, List<String> themes,
                             String frame, String title, String text, String note) {
    public LabeledSnippet {
        pillars = List.copyOf(pillars);
        topics = List.copyOf(topics);
        themes = List.copyOf(themes);
    }
}
