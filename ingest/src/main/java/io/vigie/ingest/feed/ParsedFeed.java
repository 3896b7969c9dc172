package io.vigie.ingest.feed;

import java.util.List;

/**
 * @param format    Rome feed type, e.g. {@code rss_2.0}, {@code atom_1.0}, {@code rss_1.0}, {@code rss_0.91N}
 * @param title     feed title
 * @param link      site link (absolute)
 * @param language  declared language (ISO code as written in the feed), may be null
 * @param entries   entries in feed order; entries without a usable link are dropped
 * @param skipped   entries dropped because they had no usable link
 * @param recovered true when the document was not well-formed as received and was repaired
 * @param repairs   what was repaired, human-readable (empty when {@code recovered} is false)
 */
public record ParsedFeed(String format, String title, String link, String language, List<FeedEntry> entries,
                         int skipped, boolean recovered, List<String> repairs) {

    public ParsedFeed {
        entries = List.copyOf(entries);
        repairs = repairs == null ? List.of() : List.copyOf(repairs);
    }

    /** A strictly parsed feed. */
    public ParsedFeed(String format, String title, String link, String language, List<FeedEntry> entries, int skipped) {
        this(format, title, link, language, entries, skipped, false, List.of());
    }
}
