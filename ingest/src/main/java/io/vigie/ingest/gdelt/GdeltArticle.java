package io.vigie.ingest.gdelt;

import java.time.Instant;

/**
 * One article of a GDELT DOC 2.0 ArtList answer.
 *
 * @param url      article URL at the publisher
 * @param title    title as GDELT saw it, may be null
 * @param seenAt   when GDELT first saw it (stands in for the publication time), may be null
 * @param domain   publisher domain, e.g. {@code theguardian.com}
 * @param language ISO 639-1 code, null when GDELT's language name is unknown
 * @param country  ISO 3166-1 alpha-2 code of the publisher, null when unknown
 */
public record GdeltArticle(String url, String title, Instant seenAt, String domain, String language, String country) {
}
