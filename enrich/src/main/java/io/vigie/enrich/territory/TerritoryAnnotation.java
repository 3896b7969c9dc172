package io.vigie.enrich.territory;

import java.util.List;
import java.util.Objects;

/**
 * Whether a text is about Aix-Marseille-Provence, and why.
 *
 * @param relevant  relevance at or above the threshold
 * @param relevance 0..1, calibrated so that 0.5 is the decision threshold by default
 * @param places    places of the territory mentioned
 * @param entities  institutions, companies, landmarks, events... mentioned
 * @param evidence  short human-readable reasons, accepted and rejected mentions alike
 */
public record TerritoryAnnotation(boolean relevant, double relevance, List<PlaceMention> places,
                                  List<EntityMention> entities, List<String> evidence) {

    public TerritoryAnnotation {
        if (!(relevance >= 0.0 && relevance <= 1.0)) {
            throw new IllegalArgumentException("relevance must be in [0, 1], got " + relevance);
        }
        places = List.copyOf(Objects.requireNonNull(places, "places"));
        entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }
}
