package io.vigie.enrich.transitions.eval;

import java.util.List;

/**
 * One hand-labeled news snippet.
 *
 * @param frame "forefront", "lagging" or null
 */
public record LabeledSnippet(String language, List<String> pillars, List<String> themes, String frame, String title,
                             String text, String note) {
    public LabeledSnippet {
        pillars = List.copyOf(pillars);
        themes = List.copyOf(themes);
    }
}
