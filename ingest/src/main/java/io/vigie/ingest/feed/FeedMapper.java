package io.vigie.ingest.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.Jsoup;

/**
 * Rome's model to ours. The raw XML of each entry is consulted for what Rome does not give: xml:base,
 * dates Rome could not parse, guid isPermaLink, and media:content / media:thumbnail.
 */
final class FeedMapper {

    private static final Set<String> MEDIA_NS = Set.of("http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss");
    private static final List<String> PUBLISHED = List.of("pubDate", "published", "issued", "date", "created");
    private static final List<String> UPDATED = List.of("updated", "modified");

    private final FeedParserSettings settings;

    FeedMapper(FeedParserSettings settings) {
        this.settings = settings;
    }

    record Mapped(String title, String link, String language, List<FeedEntry> entries, int skipped, int overCap) {
    }

    Mapped map(SyndFeed feed, Document doc, URI feedUrl) {
        Element root = doc.getRootElement();
        URI feedBase = resolveBase(feedUrl, root);
        String feedLink = resolve(feedBase, blankToNull(feed.getLink()));
        URI fallbackBase = feedBase != null ? feedBase : feedLink == null ? null : URI.create(feedLink);
        List<Element> raw = rawEntries(root);
        List<SyndEntry> syndEntries = feed.getEntries();
        boolean aligned = raw.size() == syndEntries.size();
        List<FeedEntry> entries = new ArrayList<>(Math.min(syndEntries.size(), settings.maxEntries()));
        int skipped = 0;
        int limit = Math.min(syndEntries.size(), settings.maxEntries());
        for (int i = 0; i < limit; i++) {
            SyndEntry e = syndEntries.get(i);
            Element el = aligned ? raw.get(i) : null;
            URI base = el == null ? fallbackBase : resolveBase(fallbackBase, el);
            String link = linkOf(base, e, el);
            if (link == null) {
                skipped++;
                continue;
            }
            // The raw element first: Rome maps Atom 0.3 issued/modified loosely and drops dates it cannot parse.
            Instant published = el == null ? null : rawDate(el, PUBLISHED);
            Instant updated = el == null ? null : rawDate(el, UPDATED);
            if (published == null) {
                published = instant(e.getPublishedDate());
            }
            if (updated == null) {
                updated = instant(e.getUpdatedDate());
            }
            entries.add(new FeedEntry(
                    clean(e.getTitle()),
                    link,
                    blankToNull(e.getUri()),
                    published != null ? published : updated,
                    updated,
                    cap(summary(e), settings.maxSummaryChars()),
                    authors(e),
                    categories(e),
                    cap(content(e), settings.maxContentChars()),
                    media(base, e, el)));
        }
        return new Mapped(clean(feed.getTitle()), feedLink, blankToNull(feed.getLanguage()), entries, skipped,
                syndEntries.size() - limit);
    }

    /** item / entry elements in document order, where Rome looks for them. */
    private static List<Element> rawEntries(Element root) {
        List<Element> out = new ArrayList<>();
        for (Element child : root.getChildren()) {
            String n = child.getName();
            if (n.equals("item") || n.equals("entry")) {
                out.add(child);
            } else if (n.equals("channel")) {
                for (Element c : child.getChildren()) {
                    if (c.getName().equals("item")) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    private static URI resolveBase(URI base, Element el) {
        List<String> bases = new ArrayList<>();
        for (Element e = el; e != null; e = e.getParentElement()) {
            String b = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (b != null && !b.isBlank()) {
                bases.addFirst(b.strip());
            }
        }
        URI out = base;
        for (String b : bases) {
            try {
                out = out == null ? new URI(b) : out.resolve(new URI(b));
            } catch (Exception ignored) {
                // a broken xml:base is ignored rather than losing the entry
            }
        }
        return out;
    }

    private static String linkOf(URI base, SyndEntry e, Element el) {
        String link = preferredLink(e);
        if (link == null && el != null) {
            Element guid = child(el, "guid");
            if (guid != null && !"false".equalsIgnoreCase(guid.getAttributeValue("isPermaLink", "true").strip())) {
                link = blankToNull(guid.getTextNormalize());
            }
        }
        if (link == null && e.getUri() != null && e.getUri().strip().matches("(?i)https?://\\S+")
                && (el == null || child(el, "guid") == null)) {
            link = e.getUri().strip(); // Atom id that is a URL
        }
        return resolve(base, link);
    }

    /** Atom: the alternate HTML link first, then any alternate, then what Rome chose. */
    private static String preferredLink(SyndEntry e) {
        List<SyndLink> links = e.getLinks();
        if (links != null && !links.isEmpty()) {
            SyndLink anyAlternate = null;
            for (SyndLink l : links) {
                boolean alternate = l.getRel() == null || l.getRel().isBlank() || l.getRel().equalsIgnoreCase("alternate");
                if (!alternate || blankToNull(l.getHref()) == null) {
                    continue;
                }
                String type = l.getType() == null ? "" : l.getType().toLowerCase(Locale.ROOT);
                if (type.isEmpty() || type.contains("html")) {
                    return l.getHref();
                }
                if (anyAlternate == null) {
                    anyAlternate = l;
                }
            }
            if (anyAlternate != null) {
                return anyAlternate.getHref();
            }
        }
        return blankToNull(e.getLink());
    }

    /** Absolute http(s) URL, or null. */
    static String resolve(URI base, String link) {
        if (link == null) {
            return null;
        }
        String s = link.strip().replace(" ", "%20");
        try {
            URI u = new URI(s);
            URI resolved = u.isAbsolute() || base == null ? u : base.resolve(u);
            String scheme = resolved.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || resolved.getHost() == null) {
                return null;
            }
            return resolved.toString();
        } catch (Exception ex) {
            return s.matches("(?i)https?://\\S+") ? s : null;
        }
    }

    private static Instant rawDate(Element el, List<String> names) {
        for (String name : names) {
            for (Element c : el.getChildren()) {
                if (c.getName().equals(name)) {
                    Instant i = FeedDates.parse(c.getTextNormalize());
                    if (i != null) {
                        return i;
                    }
                }
            }
        }
        return null;
    }

    private static Element child(Element el, String name) {
        for (Element c : el.getChildren()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static List<String> media(URI base, SyndEntry e, Element el) {
        Set<String> out = new LinkedHashSet<>();
        if (el != null) {
            collectMedia(base, el, out, 0);
        }
        if (e.getEnclosures() != null) {
            for (SyndEnclosure enc : e.getEnclosures()) {
                String u = resolve(base, blankToNull(enc.getUrl()));
                if (u != null) {
                    out.add(u);
                }
            }
        }
        return List.copyOf(out);
    }

    private static void collectMedia(URI base, Element el, Set<String> out, int depth) {
        for (Element c : el.getChildren()) {
            if (!MEDIA_NS.contains(c.getNamespaceURI())) {
                continue;
            }
            if (c.getName().equals("content") || c.getName().equals("thumbnail")) {
                String u = resolve(base, blankToNull(c.getAttributeValue("url")));
                if (u != null) {
                    out.add(u);
                }
            }
            if (depth < 2 && (c.getName().equals("group") || c.getName().equals("content"))) {
                collectMedia(base, c, out, depth + 1);
            }
        }
    }

    private static String summary(SyndEntry e) {
        SyndContent description = e.getDescription();
        String html = description != null ? description.getValue() : null;
        if (html == null || html.isBlank()) {
            html = content(e);
        }
        return clean(html);
    }

    private static String content(SyndEntry e) {
        if (e.getContents() == null) {
            return null;
        }
        for (SyndContent c : e.getContents()) {
            if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
                return c.getValue().strip();
            }
        }
        return null;
    }

    private static List<String> authors(SyndEntry e) {
        Set<String> names = new LinkedHashSet<>();
        if (e.getAuthors() != null) {
            for (SyndPerson p : e.getAuthors()) {
                String n = clean(p.getName());
                if (n == null) {
                    n = clean(p.getEmail());
                }
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
        if (out.isEmpty() && e.getModule(DCModule.URI) instanceof DCModule dc && dc.getSubjects() != null) {
            for (DCSubject subject : dc.getSubjects()) {
                String n = clean(subject.getValue());
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
                ? Jsoup.parseBodyFragment(htmlOrText).text()
                : htmlOrText;
        return blankToNull(text.replaceAll("[\\s\\u00A0]+", " "));
    }

    private static String cap(String s, int max) {
        if (s == null || max == 0) {
            return max == 0 ? null : s;
        }
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
