package io.vigie.enrich.transitions.eval;

import io.vigie.enrich.transitions.NewsThemes;
import io.vigie.enrich.transitions.ThemeVocabulary;
import io.vigie.model.Transitions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        InputStream in = TransitionsEvalSet.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("evaluation set " + resource + " is not on the classpath");
        }
        Set<String> themes = vocabulary.ids();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<LabeledSnippet> items = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String where = resource + " line " + number;
                String[] f = line.split("\t", -1);
                if (f.length < 7 || f[5].isBlank()) {
                    throw new IllegalArgumentException(where
                            + ": expected lang<TAB>pillars<TAB>topics<TAB>themes<TAB>frame<TAB>title<TAB>text[<TAB>note]");
                }
                List<String> pillars = list(f[1]);
                for (String p : pillars) {
                    if (!ThemeVocabulary.PILLARS.contains(p)) {
                        throw new IllegalArgumentException(where + ": unknown pillar '" + p + "'");
                    }
                }
                List<String> topics = list(f[2]);
                for (String t : topics) {
                    if (!themes.contains(t)) {
                        throw new IllegalArgumentException(where + ": unknown topic '" + t + "'");
                    }
                }
                List<String> news = list(f[3]);
                if (news.isEmpty()) {
                    throw new IllegalArgumentException(where + ": no news theme (use 'other')");
                }
                for (String t : news) {
                    if (!NewsThemes.ALL.contains(t)) {
                        throw new IllegalArgumentException(where + ": unknown news theme '" + t + "'");
                    }
                }
                String frame = f[4].strip();
                if (!frame.equals("-") && !frame.equals(Transitions.FOREFRONT) && !frame.equals(Transitions.LAGGING)) {
                    throw new IllegalArgumentException(where + ": frame must be forefront, lagging or -, got '" + frame + "'");
                }
                items.add(new LabeledSnippet(f[0].strip(), pillars, topics, news, frame.equals("-") ? null : frame,
                        f[5].strip(), f[6].strip(), f.length > 7 ? f[7].strip() : ""));
            }
            return List.copyOf(items);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evaluation set " + resource, e);
        }
    }

    private static List<String> list(String field) {
        String s = field.strip();
        return s.equals("-") || s.isEmpty() ? List.of() : Arrays.stream(s.split(",")).map(String::strip).toList();
    }
}
