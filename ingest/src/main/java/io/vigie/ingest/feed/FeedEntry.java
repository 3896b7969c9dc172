package io.vigie.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a feed, independent of the feed format.
 *
 * @param title      plain-text title, may be null
 * @param link       absolute article URL (relative links resolved against xml:base / the feed URL;
 *                   Atom alternate link preferred; RSS guid used when it is a permalink)
 * @param guid       entry id / guid, may be null
 * @param published  publication time (pubDate, dc:date, Atom published), or null
 * @param updated    last update (Atom updated, dcterms:modified), or null
 * @param summary    plain-text summary (HTML removed), may be null
 * @param authors    author names
 * @param categories category labels
 * @param content    full content as published (content:encoded or Atom content, HTML kept, capped), may be null
 * @param media      absolute URLs of media:content / media:thumbnail / enclosures, in feed order
 */
public record FeedEntry(
        String title,
        String link,
        String guid,
        Instant published,
        Instant updated,
        String summary,
        List<String> authors,
        List<String> categories,
        String content,
        List<String> media) {

    public FeedEntry {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** The original shape, without content and media. */
    public FeedEntry(String title, String link, String guid, Instant published, Instant updated, String summary,
                     List<String> authors, List<String> categories) {
        this(title, link, guid, published, updated, summary, authors, categories, null, List.of());
    }
}
