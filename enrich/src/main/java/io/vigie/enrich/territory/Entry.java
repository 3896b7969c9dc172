package io.vigie.enrich.territory;

/**
 * A named thing of the gazetteer.
 *
 * @param kind      what it is
 * @param name      canonical name
 * @param type      finer type from the seed list (company, landmark...), or the kind in lower case
 * @param inseeCode INSEE code of the commune (or arrondissement) it belongs to; null if none
 * @param lat       latitude, null if unknown
 * @param lon       longitude, null if unknown
 */
record Entry(Kind kind, String name, String type, String inseeCode, Double lat, Double lon) {
}
