package io.vigie.enrich.transitions;

import io.vigie.enrich.resource.TabularResource;
import io.vigie.enrich.resource.TabularResource.Row;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The controlled vocabulary of transition themes and the pillars each one belongs to, with the
 * IPTC Media Topics and GDELT GKG themes it was seeded from (so dashboards can be cross-walked).
 */
public final class ThemeVocabulary {
    public static final String ECONOMIC = "economic";
    public static final String ENVIRONMENTAL = "environmental";
    public static final String SOCIAL = "social";
    public static final List<String> PILLARS = List.of(ECONOMIC, ENVIRONMENTAL, SOCIAL);
    static final String RESOURCE = "/transitions/themes.tsv";

    /**
     * @param pillars zero (governance) to several pillars
     * @param iptc    IPTC Media Topics qcodes
     * @param gdelt   GDELT GKG theme names
     */
    public record Theme(String id, List<String> pillars, List<String> iptc, List<String> gdelt, String description) {
    }

    private final Map<String, Theme> themes;

    private ThemeVocabulary(Map<String, Theme> themes) {
        this.themes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(themes));
    }

    public static ThemeVocabulary fromClasspath() {
        Map<String, Theme> themes = new LinkedHashMap<>();
        for (Row row : TabularResource.read(ThemeVocabulary.class, RESOURCE, "theme vocabulary")) {
            if (row.size() != 5) {
                throw row.error("expected theme<TAB>pillars<TAB>iptc<TAB>gdelt<TAB>description");
            }
            String id = row.field(0).strip();
            String pillarField = row.field(1).strip();
            List<String> pillars = pillarField.equals("-") ? List.of() : Arrays.asList(pillarField.split(","));
            for (String p : pillars) {
                if (!PILLARS.contains(p)) {
                    throw row.error("unknown pillar '" + p + "'");
                }
            }
            themes.put(id, new Theme(id, List.copyOf(pillars), words(row.field(2)), words(row.field(3)),
                    row.field(4).strip()));
        }
        return new ThemeVocabulary(themes);
    }

    private static List<String> words(String field) {
        return field.isBlank() ? List.of() : List.of(field.strip().split("\\s+"));
    }

    public Set<String> ids() {
        return themes.keySet();
    }

    public Theme theme(String id) {
        Theme theme = themes.get(id);
        if (theme == null) {
            throw new IllegalArgumentException("unknown transition theme '" + id + "'");
        }
        return theme;
    }
}
