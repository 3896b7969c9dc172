package io.vigie.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a feed, independent of the feed format.
 *
 * @param title      plain-text title, may be null
 * @param link       absolute article URL as given (relative links resolved against the feed)
 * @param guid       entry id / guid, may be null
 * @param published  publication time (pubDate, dc:date, Atom published), or null
 * @param updated    last update (Atom updated, dcterms:modified), or null
 * @param summary    plain-text summary (HTML removed), may be null
 * @param authors    author names
 * @param categories category labels
 */
public record FeedEntry(
        String title,
        String link,
        String guid,
        Instant published,
        Instant updated,
        String summary,
        List<String> authors,
        List<String> categories) {

    public FeedEntry {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
