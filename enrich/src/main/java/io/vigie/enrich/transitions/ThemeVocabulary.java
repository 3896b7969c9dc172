package io.vigie.enrich.transitions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        InputStream in = ThemeVocabulary.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalArgumentException("theme vocabulary " + RESOURCE + " is not on the classpath");
        }
        Map<String, Theme> themes = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new IllegalArgumentException(RESOURCE + " line " + number
                            + ": expected theme<TAB>pillars<TAB>iptc<TAB>gdelt<TAB>description");
                }
                List<String> pillars = f[1].strip().equals("-") ? List.of() : Arrays.asList(f[1].strip().split(","));
                for (String p : pillars) {
                    if (!PILLARS.contains(p)) {
                        throw new IllegalArgumentException(RESOURCE + " line " + number + ": unknown pillar '" + p + "'");
                    }
                }
                themes.put(f[0].strip(), new Theme(f[0].strip(), List.copyOf(pillars), words(f[2]), words(f[3]),
                        f[4].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
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
