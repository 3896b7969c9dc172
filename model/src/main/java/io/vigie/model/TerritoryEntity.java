package io.vigie.model;

/**
 * An institution, company, landmark or event tied to the territory, named in a mention.
 *
 * @param name      canonical name
 * @param type      institution, company, landmark, event...
 * @param inseeCode commune it belongs to, when known
 * @param mentions  how many times the text names it
 */
public record TerritoryEntity(String name, String type, String inseeCode, int mentions) {
}
