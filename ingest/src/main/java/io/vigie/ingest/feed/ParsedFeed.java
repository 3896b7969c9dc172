package io.vigie.ingest.feed;

import java.util.List;

/**
 * @param format   Rome feed type, e.g. {@code rss_2.0}, {@code atom_1.0}
 * @param title    feed title
 * @param link     site link
 * @param language declared language (ISO code as written in the feed), may be null
 * @param entries  entries in feed order; entries without a usable link are dropped
 * @param skipped  entries dropped because they had no usable link
 */
public record ParsedFeed(String format, String title, String link, String language, List<FeedEntry> entries, int skipped) {

    public ParsedFeed {
        entries = List.copyOf(entries);
    }
}
