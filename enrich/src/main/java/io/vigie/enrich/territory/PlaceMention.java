package io.vigie.enrich.territory;

/**
 * A place of the territory named in the text.
 *
 * @param name         canonical name (commune, "Marseille 14e Arrondissement", quartier)
 * @param inseeCode    commune INSEE code; arrondissements and quartiers carry their arrondissement's
 *                     municipal code (13201..13216)
 * @param mentionCount how many accepted mentions
 * @param lat          latitude, null where the gazetteer has none (7 small communes, arrondissements, quartiers)
 * @param lon          longitude, null likewise
 */
public record PlaceMention(String name, String inseeCode, int mentionCount, Double lat, Double lon) {
}
