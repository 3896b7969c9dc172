package io.vigie.index.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds stemmed language sub-fields ({@code title.fr}, {@code text.en}...) to the mentions mapping, but only
 * for the analyzers the cluster has: the language analyzers live in the analysis-common module, which the
 * minimal distribution lacks, and a template naming a missing analyzer would make every new month's index
 * fail to create. The main fields always keep the standard analyzer, so queries work on any cluster.
 */
public final class LanguageSubfields {
    /** Sub-field name (ISO 639-1) to Elasticsearch built-in analyzer, for the languages Vigie watches. */
    public static final Map<String, String> ANALYZERS = orderedAnalyzers();
    static final List<String> FIELDS = List.of("title", "text", "description");

    private LanguageSubfields() {
    }

    private static Map<String, String> orderedAnalyzers() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fr", "french");
        m.put("en", "english");
        m.put("es", "spanish");
        m.put("it", "italian");
        m.put("de", "german");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * @param template          a mentions template body (not modified)
     * @param availableAnalyzers analyzer names the cluster was found to have
     * @return a copy with one sub-field per available language analyzer, and {@code _meta.variant} naming them
     */
    public static ObjectNode apply(ObjectNode template, Set<String> availableAnalyzers) {
        ObjectNode copy = template.deepCopy();
        List<String> used = new ArrayList<>();
        ANALYZERS.forEach((lang, analyzer) -> {
            if (availableAnalyzers.contains(analyzer)) {
                used.add(analyzer);
            }
        });
        ObjectNode properties = (ObjectNode) copy.path("template").path("mappings").path("properties");
        for (String field : FIELDS) {
            if (!(properties.get(field) instanceof ObjectNode def)) {
                throw new IllegalStateException("mentions template lacks the text field " + field);
            }
            ANALYZERS.forEach((lang, analyzer) -> {
                if (used.contains(analyzer)) {
                    def.withObject("/fields").putObject(lang).put("type", "text").put("analyzer", analyzer);
                }
            });
        }
        ((ObjectNode) copy.withObject("/_meta")).put("variant", variantOf(used));
        return copy;
    }

    static String variantOf(List<String> analyzers) {
        return analyzers.isEmpty() ? "analyzers:none" : "analyzers:" + String.join(",", new TreeSet<>(analyzers));
    }
}
