package io.vigie.model;

/**
 * A place of the territory named in a mention.
 *
 * @param name      the place's canonical name (e.g. "Aubagne", "Marseille 2e Arrondissement")
 * @param inseeCode INSEE code of the commune or arrondissement
 * @param mentions  how many times the text names it
 * @param location  coordinates, when known
 */
public record Place(String name, String inseeCode, int mentions, GeoPoint location) {
}
