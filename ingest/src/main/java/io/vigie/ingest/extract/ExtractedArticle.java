package io.vigie.ingest.extract;

import java.time.Instant;
import java.util.List;

/**
 * What an article page says about itself. Every field may be null/empty: callers fall back on the
 * feed entry.
 *
 * @param title         headline (JSON-LD headline, og:title, then {@code <title>})
 * @param text          main text, paragraphs separated by a blank line
 * @param published     publication time
 * @param publishedShown true when {@code published} was read from the URL or the visible text, not
 *                      declared in the page's metadata: a feed's own date is then the better one
 * @param modified      last modification time
 * @param authors       author names
 * @param languageHints html lang, og:locale, JSON-LD inLanguage, in that order, de-duplicated
 * @param siteName      og:site_name or JSON-LD publisher name
 * @param description   meta / og description
 * @param image         absolute main image URL
 * @param canonicalUrl  absolute rel=canonical (or og:url) URL, as declared
 */
public record ExtractedArticle(
        String title,
        String text,
        Instant published,
        boolean publishedShown,
        Instant modified,
        List<String> authors,
        List<String> languageHints,
        String siteName,
        String description,
        String image,
        String canonicalUrl) {

    public ExtractedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        languageHints = languageHints == null ? List.of() : List.copyOf(languageHints);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
