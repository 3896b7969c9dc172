package io.vigie.model;

import java.util.List;

/**
 * Whether a mention is about the territory, and where in it.
 *
 * @param relevant  decision (relevance at or above the threshold)
 * @param relevance 0..1
 * @param places    places named
 * @param entities  institutions, companies, landmarks and events named
 * @param evidence  short human-readable reasons for the decision
 */
public record Territory(boolean relevant, double relevance, List<Place> places, List<TerritoryEntity> entities,
                        List<String> evidence) {
    public Territory {
        places = places == null ? List.of() : List.copyOf(places);
        entities = entities == null ? List.of() : List.copyOf(entities);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
