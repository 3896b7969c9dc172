package io.vigie.enrich.transitions;

import io.vigie.enrich.resource.TabularResource;
import io.vigie.enrich.resource.TabularResource.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Broad news themes ({@link NewsThemes}) of a text: each retained transition topic votes for the
 * themes it maps to ({@code transitions/news-themes.tsv}), and phrase cues
 * ({@code transitions/news-theme-cues.tsv}) add the themes no transition topic covers (sport,
 * politics, culture, crime...). A theme is kept when its summed weight reaches the threshold;
 * when none is, the text gets {@link NewsThemes#OTHER}. Immutable and thread-safe.
 */
final class NewsThemeClassifier {
    static final String MAPPING = "/transitions/news-themes.tsv";
    static final String CUES = "/transitions/news-theme-cues.tsv";
    private static final int MAX_EVIDENCE_PER_THEME = 3;

    /** Themes in decreasing weight order, and the cues and topics that decided them. */
    record Result(List<String> themes, List<String> evidence) {
    }

    private final Map<String, Map<String, Double>> byTopic;
    private final CueSet cues;
    private final double threshold;
    private final double titleWeight;

    NewsThemeClassifier(Map<String, Map<String, Double>> byTopic, CueSet cues, double threshold, double titleWeight) {
        this.byTopic = Map.copyOf(byTopic);
        this.cues = Objects.requireNonNull(cues, "news theme cues");
        this.threshold = threshold;
        this.titleWeight = titleWeight;
    }

    static NewsThemeClassifier fromClasspath(Set<String> topics, double threshold, double titleWeight) {
        Set<String> labels = Set.copyOf(NewsThemes.ALL.stream().filter(t -> !t.equals(NewsThemes.OTHER)).toList());
        return new NewsThemeClassifier(loadMapping(MAPPING, topics, labels), CueSet.fromClasspath(CUES, labels),
                threshold, titleWeight);
    }

    Result classify(WordSplitter.Text text, String language, List<String> topics) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, List<String>> why = new HashMap<>();
        for (String topic : topics) {
            byTopic.getOrDefault(topic, Map.of()).forEach((theme, w) -> {
                scores.merge(theme, w, Double::sum);
                why.computeIfAbsent(theme, k -> new ArrayList<>()).add("topic " + topic);
            });
        }
        List<CueMatch> matches = new ArrayList<>(cues.find(text, language));
        matches.sort(Comparator.comparing(CueMatch::title).reversed());
        for (CueMatch m : matches) {
            String theme = m.cue().label();
            scores.merge(theme, m.cue().weight() * (m.title() ? titleWeight : 1.0), Double::sum);
            if (m.cue().weight() > 0) {
                why.computeIfAbsent(theme, k -> new ArrayList<>()).add("\"" + m.surface() + "\"");
            }
        }
        List<String> themes = scores.entrySet().stream()
                .filter(e -> e.getValue() >= threshold - 1e-9)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(e -> NewsThemes.ALL.indexOf(e.getKey())))
                .map(Map.Entry::getKey).toList();
        List<String> evidence = new ArrayList<>();
        for (String theme : themes) {
            why.getOrDefault(theme, List.of()).stream().distinct().limit(MAX_EVIDENCE_PER_THEME)
                    .forEach(w -> evidence.add("news:" + theme + " " + w));
        }
        if (themes.isEmpty()) {
            evidence.add("news:" + NewsThemes.OTHER + " no theme reached the threshold");
            return new Result(List.of(NewsThemes.OTHER), evidence);
        }
        return new Result(themes, evidence);
    }

    /** {@code topic<TAB>theme:weight[,theme:weight...]}; unknown topics or themes are load errors naming the line. */
    static Map<String, Map<String, Double>> loadMapping(String resource, Set<String> topics, Set<String> themes) {
        Map<String, Map<String, Double>> mapping = new HashMap<>();
        for (Row row : TabularResource.read(NewsThemeClassifier.class, resource, "news theme mapping")) {
            if (row.size() != 2) {
                throw row.error("expected topic<TAB>theme:weight[,theme:weight]");
            }
            String topic = row.field(0).strip();
            if (!topics.contains(topic)) {
                throw row.error("unknown topic '" + topic + "'");
            }
            Map<String, Double> votes = new LinkedHashMap<>();
            for (String vote : row.field(1).strip().split(",")) {
                String[] tw = vote.strip().split(":");
                if (tw.length != 2 || !themes.contains(tw[0])) {
                    throw row.error("bad theme vote '" + vote + "'");
                }
                try {
                    votes.put(tw[0], Double.parseDouble(tw[1]));
                } catch (NumberFormatException e) {
                    throw row.error("weight '" + tw[1] + "' is not a number", e);
                }
            }
            mapping.put(topic, Map.copyOf(votes));
        }
        return mapping;
    }
}
