package io.vigie.report.data;

/**
 * Counts of one window as Elasticsearch aggregated them. Definitions: {@link ReportQueries}.
 *
 * @param documents             every document in the window
 * @param unclassified          documents without relevance, or relevant without a sentiment label
 * @param feedOnly              documents whose text is the feed summary
 * @param mentions              documents in scope (relevant, or not yet classified)
 * @param stories               distinct stories among mentions (a mention without story id is its own)
 * @param countryKnown          mentions whose outlet country is known
 * @param international         of those, outlets outside the home country
 * @param labelled              mentions labelled positive, neutral or negative
 * @param positive              labelled positive
 * @param negative              labelled negative
 * @param internationalLabelled international mentions with a label
 * @param indexHits             of those, tied to a pillar and not negative
 * @param forefront             international mentions framed forefront only
 * @param lagging               international mentions framed lagging only
 */
public record WindowCounts(long documents, long unclassified, long feedOnly, long mentions, long stories,
                           long countryKnown, long international, long labelled, long positive, long negative,
                           long internationalLabelled, long indexHits, long forefront, long lagging) {
    public static final WindowCounts EMPTY = new WindowCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
