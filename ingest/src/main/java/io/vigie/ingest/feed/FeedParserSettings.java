package io.vigie.ingest.feed;

/**
 * @param maxEntries      entries mapped per feed; later ones are ignored (and counted), which bounds
 *                        the work a 100,000-item feed can cause. The poller applies its own, lower cap.
 * @param maxSummaryChars plain-text summary length kept per entry
 * @param maxContentChars content:encoded / Atom content length kept per entry (HTML as published)
 */
public record FeedParserSettings(int maxEntries, int maxSummaryChars, int maxContentChars) {

    public static final FeedParserSettings DEFAULTS = new FeedParserSettings(10_000, 4_000, 200_000);

    public FeedParserSettings {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("feed.maxEntries must be >= 1, got " + maxEntries);
        }
        if (maxSummaryChars < 1) {
            throw new IllegalArgumentException("feed.maxSummaryChars must be >= 1, got " + maxSummaryChars);
        }
        if (maxContentChars < 0) {
            throw new IllegalArgumentException("feed.maxContentChars must be >= 0, got " + maxContentChars);
        }
    }
}
