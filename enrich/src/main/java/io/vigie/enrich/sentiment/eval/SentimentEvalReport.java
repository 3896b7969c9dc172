package io.vigie.enrich.sentiment.eval;

import java.util.List;
import java.util.Map;

/**
 * Figures of one evaluation run: one section per data set, each overall and per language.
 */
public record SentimentEvalReport(List<Section> sections, List<String> notes) {

    /** One data set. */
    public record Section(String name, Confusion overall, Map<String, Confusion> perLanguage) {
    }

    public SentimentEvalReport {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
    }

    public Section section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section '" + name + "' in the sentiment report"));
    }

    public String format() {
        StringBuilder sb = new StringBuilder("sentiment toward the target (labels negative/neutral/positive)\n");
        for (Section s : sections) {
            sb.append("- ").append(s.name()).append('\n').append(s.overall().format("    "));
            if (s.perLanguage().size() > 1) {
                s.perLanguage().forEach((lang, c) -> sb.append("    [").append(lang).append("]\n").append(c.format("      ")));
            }
        }
        notes.forEach(n -> sb.append("note: ").append(n).append('\n'));
        return sb.toString();
    }
}
