package io.vigie.enrich.transitions;

import io.vigie.enrich.resource.TabularResource;
import io.vigie.enrich.resource.TabularResource.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Topics that are often only the setting of a story about another topic: a cocaine seizure "at the
 * port" is about drug trafficking, not port logistics; a steelworks town's cancer study is about
 * health and pollution, not industry; pickpockets "targeting tourists" is about security. A
 * backdrop topic is dropped when one of its foreground topics is retained with at least the
 * backdrop's score, so the setting only counts when the story dwells on it more than on the
 * subject. Pairs come from {@code transitions/backdrops.tsv} ({@code backdrop<TAB>foreground}).
 * Immutable and thread-safe.
 */
final class TopicBackdrops {
    static final String BACKDROPS = "/transitions/backdrops.tsv";

    private final Map<String, Set<String>> foregroundsByBackdrop;

    private TopicBackdrops(Map<String, Set<String>> foregroundsByBackdrop) {
        Map<String, Set<String>> copy = new HashMap<>();
        foregroundsByBackdrop.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        this.foregroundsByBackdrop = Map.copyOf(copy);
    }

    /** @throws IllegalArgumentException on a missing file, a malformed line or a topic not in {@code topics} */
    static TopicBackdrops fromClasspath(Set<String> topics) {
        return fromClasspath(BACKDROPS, topics);
    }

    static TopicBackdrops fromClasspath(String resource, Set<String> topics) {
        Map<String, Set<String>> pairs = new HashMap<>();
        for (Row row : TabularResource.read(TopicBackdrops.class, resource, "topic backdrops file")) {
            if (row.size() != 2) {
                throw row.error("expected backdrop<TAB>foreground");
            }
            for (String topic : row.fields()) {
                if (!topics.contains(topic.strip())) {
                    throw row.error("unknown topic '" + topic.strip() + "'");
                }
            }
            pairs.computeIfAbsent(row.field(0).strip(), k -> new HashSet<>()).add(row.field(1).strip());
        }
        return new TopicBackdrops(pairs);
    }

    /** The retained topics (in order) without the backdrops outweighed by one of their retained foregrounds. */
    List<String> filter(List<String> retained, Map<String, Double> scores) {
        List<String> kept = new ArrayList<>();
        for (String topic : retained) {
            Set<String> foregrounds = foregroundsByBackdrop.getOrDefault(topic, Set.of());
            boolean outweighed = foregrounds.stream()
                    .anyMatch(f -> retained.contains(f) && scores.get(f) >= scores.get(topic) - 1e-9);
            if (!outweighed) {
                kept.add(topic);
            }
        }
        return kept;
    }
}
