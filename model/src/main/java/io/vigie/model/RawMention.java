package io.vigie.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article seen by ingest, before any NLP. Published to {@link Topics#MENTIONS_RAW}, keyed by
 * {@link #id()}.
 *
 * @param schemaVersion version of this event's schema, so that consumers can accept newer fields
 * @param id            {@link MentionId} of the canonical URL
 * @param url           URL as found in the source
 * @param canonicalUrl  canonical URL (tracking parameters stripped, rel=canonical preferred)
 * @param title         article title
 * @param text          main text, paragraphs separated by blank lines
 * @param textSource    whether {@code text} comes from the page or only from the feed
 * @param published     publication time, when known
 * @param modified      last modification time, when known
 * @param firstSeen     when ingest first saw the article
 * @param authors       author names
 * @param languageHints languages declared by the page or feed (html lang, og:locale, feed language)
 * @param siteName      site name declared by the page
 * @param description   page or feed summary
 * @param image         main image URL
 * @param fingerprint   SimHash of the text, to group syndicated copies (hex), when computed
 * @param source        the outlet
 */
public record RawMention(
        int schemaVersion,
        String id,
        String url,
        String canonicalUrl,
        String title,
        String text,
        TextSource textSource,
        Instant published,
        Instant modified,
        Instant firstSeen,
        List<String> authors,
        List<String> languageHints,
        String siteName,
        String description,
        String image,
        String fingerprint,
        SourceRef source) {

    public static final int SCHEMA_VERSION = 1;

    public RawMention {
        Objects.requireNonNull(id, "mention id");
        Objects.requireNonNull(canonicalUrl, "canonical url");
        Objects.requireNonNull(firstSeen, "first seen");
        Objects.requireNonNull(source, "source");
        authors = authors == null ? List.of() : List.copyOf(authors);
        languageHints = languageHints == null ? List.of() : List.copyOf(languageHints);
        if (textSource == null) {
            textSource = TextSource.PAGE;
        }
    }

    /** The time a mention is placed at on dashboards: published, or first seen when unknown. */
    public Instant timestamp() {
        return published != null ? published : firstSeen;
    }
}
