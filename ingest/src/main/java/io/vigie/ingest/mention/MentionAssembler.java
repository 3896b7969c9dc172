package io.vigie.ingest.mention;

import io.vigie.ingest.extract.ExtractedArticle;
import io.vigie.ingest.feed.FeedEntry;
import io.vigie.ingest.fingerprint.SimHash;
import io.vigie.ingest.url.SameSite;
import io.vigie.ingest.url.UrlCanonicalizer;
import io.vigie.model.MentionId;
import io.vigie.model.RawMention;
import io.vigie.model.SourceRef;
import io.vigie.model.TextSource;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link RawMention} from a feed entry and, when the page could be read, what the page
 * says. Page values win (except a publication date the page only shows, which yields to the
 * feed's); feed values fill the gaps; the feed's title and summary become the text when the page
 * gave none, so a mention is never empty.
 *
 * <p>Id rule: {@code id = MentionId.of(canonicalUrl)}, where canonicalUrl is the page's
 * rel=canonical when declared on the same site, else the feed link's canonical form. The poller
 * records both that id and the feed-link id as seen, so a later poll is deduplicated before any
 * fetch, whatever the page says then.
 */
public final class MentionAssembler {

    private final int minPageTextChars;

    public MentionAssembler(int minPageTextChars) {
        this.minPageTextChars = minPageTextChars;
    }

    /** Whether the extracted page text is worth keeping over the feed summary. */
    public boolean usable(ExtractedArticle page) {
        return page != null && page.hasText() && page.text().length() >= minPageTextChars;
    }

    /**
     * The canonical URL to use: the page's declared canonical when it is on the same site as the
     * fetched page, else {@code feedCanonical}.
     */
    public static String chooseCanonical(String feedCanonical, URI pageUrl, ExtractedArticle page) {
        if (page == null || page.canonicalUrl() == null || pageUrl == null) {
            return feedCanonical;
        }
        String declared = UrlCanonicalizer.canonicalizeOrNull(pageUrl, page.canonicalUrl());
        if (declared == null || !SameSite.same(URI.create(declared).getHost(), pageUrl.getHost())) {
            return feedCanonical;
        }
        return declared;
    }

    /**
     * @param page         extracted page, or null when it could not be fetched
     * @param canonicalUrl from {@link #chooseCanonical}
     */
    public RawMention assemble(SourceRef source, String feedLanguage, FeedEntry entry, ExtractedArticle page,
                               String canonicalUrl, Instant firstSeen) {
        boolean fromPage = usable(page);
        String title = firstNonBlank(page == null ? null : page.title(), entry.title(), canonicalUrl);
        String text = fromPage ? page.text() : feedText(entry, title);
        List<String> hints = new ArrayList<>();
        Set<String> languages = new LinkedHashSet<>();
        if (page != null) {
            page.languageHints().forEach(h -> languages.add(normalizeLanguageTag(h)));
        }
        if (feedLanguage != null) {
            languages.add(normalizeLanguageTag(feedLanguage));
        }
        hints.addAll(languages);
        return new RawMention(
                RawMention.SCHEMA_VERSION,
                MentionId.of(canonicalUrl),
                entry.link(),
                canonicalUrl,
                title,
                text,
                fromPage ? TextSource.PAGE : TextSource.FEED,
                published(page, entry),
                page != null && page.modified() != null ? page.modified() : entry.updated(),
                firstSeen,
                page != null && !page.authors().isEmpty() ? page.authors() : entry.authors(),
                hints,
                firstNonBlank(page == null ? null : page.siteName(), source.name()),
                firstNonBlank(page == null ? null : page.description(), entry.summary()),
                page == null ? null : page.image(),
                SimHash.hex(text),
                source);
    }

    /**
     * The page's declared date, else the feed's, else the date the page only shows (a URL path or a
     * written date can belong to an update or to a neighbouring item; the feed dates this entry).
     */
    private static Instant published(ExtractedArticle page, FeedEntry entry) {
        if (page == null || page.published() == null) {
            return entry.published();
        }
        return page.publishedShown() && entry.published() != null ? entry.published() : page.published();
    }

    /** "es_es", "ES-es" become "es-ES", so that the same hint is not listed twice. */
    static String normalizeLanguageTag(String tag) {
        String[] parts = tag.strip().replace('_', '-').split("-");
        StringBuilder out = new StringBuilder(parts[0].toLowerCase(java.util.Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            out.append('-').append(p.length() == 2 ? p.toUpperCase(java.util.Locale.ROOT) : p);
        }
        return out.toString();
    }

    private static String feedText(FeedEntry entry, String title) {
        String summary = entry.summary();
        if (summary == null || summary.isBlank() || summary.equals(title)) {
            return title;
        }
        return title + "\n\n" + summary;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
