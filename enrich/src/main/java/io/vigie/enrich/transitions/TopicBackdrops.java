package io.vigie.enrich.transitions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        InputStream in = TopicBackdrops.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("topic backdrops " + resource + " are not on the classpath");
        }
        Map<String, Set<String>> pairs = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 2) {
                    throw new IllegalArgumentException(resource + " line " + number + ": expected backdrop<TAB>foreground");
                }
                for (String topic : f) {
                    if (!topics.contains(topic.strip())) {
                        throw new IllegalArgumentException(resource + " line " + number + ": unknown topic '" + topic.strip() + "'");
                    }
                }
                pairs.computeIfAbsent(f[0].strip(), k -> new HashSet<>()).add(f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
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
