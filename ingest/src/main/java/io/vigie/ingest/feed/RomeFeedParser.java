package io.vigie.ingest.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Strict RSS/Atom parsing with Rome. DOCTYPE declarations are refused outright, which rules out
 * external entities (XXE) and entity expansion bombs: no legitimate news feed needs a DTD.
 */
public final class RomeFeedParser implements FeedParser {

    private static final int MAX_SUMMARY_CHARS = 4000;

    @Override
    public ParsedFeed parse(String sourceId, URI feedUrl, byte[] body, String contentType) throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException(sourceId, "empty document", null);
        }
        SyndFeed feed;
        try (XmlReader reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(body), true)
                : new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FeedParseException(sourceId, describe(e), e);
        } catch (RuntimeException e) {
            // Rome throws a few unchecked exceptions on odd documents; they are still bad input.
            throw new FeedParseException(sourceId, describe(e), e);
        }
        URI base = feedUrl;
        List<FeedEntry> entries = new ArrayList<>();
        int skipped = 0;
        for (SyndEntry e : feed.getEntries()) {
            String link = linkOf(base, e);
            if (link == null) {
                skipped++;
                continue;
            }
            entries.add(new FeedEntry(
                    clean(e.getTitle()),
                    link,
                    e.getUri(),
                    instant(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()),
                    instant(e.getUpdatedDate()),
                    summary(e),
                    authors(e),
                    categories(e)));
        }
        return new ParsedFeed(feed.getFeedType(), clean(feed.getTitle()), feed.getLink(),
                blankToNull(feed.getLanguage()), entries, skipped);
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + " (" + cause.getMessage() + ")";
        }
        if (message.toLowerCase(Locale.ROOT).contains("doctype")) {
            return "DOCTYPE is not allowed (external entities and entity expansion are refused): " + message;
        }
        return message;
    }

    private static String linkOf(URI base, SyndEntry e) {
        String link = blankToNull(e.getLink());
        if (link == null && e.getUri() != null && e.getUri().matches("(?i)https?://.*")) {
            link = e.getUri(); // RSS guid isPermaLink / Atom id that is a URL
        }
        if (link == null) {
            return null;
        }
        try {
            URI resolved = base == null ? new URI(link.strip()) : base.resolve(new URI(link.strip()));
            String scheme = resolved.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return null;
            }
            return resolved.toString();
        } catch (Exception ex) {
            return link.strip().matches("(?i)https?://\\S+") ? link.strip() : null;
        }
    }

    private static String summary(SyndEntry e) {
        SyndContent description = e.getDescription();
        String html = description != null ? description.getValue() : null;
        if ((html == null || html.isBlank()) && e.getContents() != null && !e.getContents().isEmpty()) {
            html = e.getContents().get(0).getValue();
        }
        String text = clean(html);
        if (text != null && text.length() > MAX_SUMMARY_CHARS) {
            text = text.substring(0, MAX_SUMMARY_CHARS);
        }
        return text;
    }

    private static List<String> authors(SyndEntry e) {
        Set<String> names = new LinkedHashSet<>();
        if (e.getAuthors() != null) {
            for (SyndPerson p : e.getAuthors()) {
                String n = clean(p.getName());
                if (n != null) {
                    names.add(n);
                }
            }
        }
        String single = clean(e.getAuthor());
        if (names.isEmpty() && single != null) {
            names.add(single);
        }
        return List.copyOf(names);
    }

    private static List<String> categories(SyndEntry e) {
        Set<String> out = new LinkedHashSet<>();
        if (e.getCategories() != null) {
            for (SyndCategory c : e.getCategories()) {
                String n = clean(c.getName());
                if (n != null) {
                    out.add(n);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Feed fields often carry HTML or entities; analysts want plain text. */
    static String clean(String htmlOrText) {
        if (htmlOrText == null) {
            return null;
        }
        String text = htmlOrText.indexOf('<') >= 0 || htmlOrText.indexOf('&') >= 0
                ? Jsoup.parse(htmlOrText).text()
                : htmlOrText;
        return blankToNull(text.replaceAll("\\s+", " ").strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
