package io.vigie.enrich.transitions.eval;

import io.vigie.enrich.resource.TabularResource;
import io.vigie.enrich.resource.TabularResource.Row;
import io.vigie.enrich.transitions.NewsThemes;
import io.vigie.enrich.transitions.ThemeVocabulary;
import io.vigie.model.Transitions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code lang<TAB>pillars<TAB>topics<TAB>themes<TAB>frame<TAB>title<TAB>text<TAB>note} sets;
 * "-" is an empty list or no frame. Labels outside the vocabularies are load errors, so a typo cannot
 * silently count as a miss; an item without a broad theme is an error too ("other" is a label).
 */
public final class TransitionsEvalSet {
    public static final String DEV = "/eval/transitions/dev.tsv";
    public static final String TEST = "/eval/transitions/test.tsv";

    private TransitionsEvalSet() {
    }

    public static List<LabeledSnippet> fromClasspath(String resource, ThemeVocabulary vocabulary) {
        Set<String> themes = vocabulary.ids();
        List<LabeledSnippet> items = new ArrayList<>();
        for (Row row : TabularResource.read(TransitionsEvalSet.class, resource, "evaluation set")) {
            if (row.size() < 7 || row.field(5).isBlank()) {
                throw row.error("expected lang<TAB>pillars<TAB>topics<TAB>themes<TAB>frame<TAB>title<TAB>text[<TAB>note]");
            }
            List<String> pillars = list(row.field(1));
            for (String p : pillars) {
                if (!ThemeVocabulary.PILLARS.contains(p)) {
                    throw row.error("unknown pillar '" + p + "'");
                }
            }
            List<String> topics = list(row.field(2));
            for (String t : topics) {
                if (!themes.contains(t)) {
                    throw row.error("unknown topic '" + t + "'");
                }
            }
            List<String> news = list(row.field(3));
            if (news.isEmpty()) {
                throw row.error("no news theme (use 'other')");
            }
            for (String t : news) {
                if (!NewsThemes.ALL.contains(t)) {
                    throw row.error("unknown news theme '" + t + "'");
                }
            }
            String frame = row.field(4).strip();
            if (!frame.equals("-") && !frame.equals(Transitions.FOREFRONT) && !frame.equals(Transitions.LAGGING)) {
                throw row.error("frame must be forefront, lagging or -, got '" + frame + "'");
            }
            items.add(new LabeledSnippet(row.field(0).strip(), pillars, topics, news, frame.equals("-") ? null : frame,
                    row.field(5).strip(), row.field(6).strip(), row.size() > 7 ? row.field(7).strip() : ""));
        }
        return List.copyOf(items);
    }

    private static List<String> list(String field) {
        String s = field.strip();
        return s.equals("-") || s.isEmpty() ? List.of() : Arrays.stream(s.split(",")).map(String::strip).toList();
    }
}
