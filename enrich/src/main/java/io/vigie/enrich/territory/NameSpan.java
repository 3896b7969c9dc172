package io.vigie.enrich.territory;

/**
 * Where a text names the territory, for steps that look at the words around the name (sentiment).
 *
 * @param start  character offset in the text given to {@link TerritoryRecognizer#nameSpans}
 * @param end    end offset (exclusive)
 * @param name   canonical name of the place or entity
 * @param kind   what it names
 * @param listed in a list with cities outside the territory ("Paris, Lyon et Marseille"): a passing mention
 */
public record NameSpan(int start, int end, String name, Kind kind, boolean listed) {
}
