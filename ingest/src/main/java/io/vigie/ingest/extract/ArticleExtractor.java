package io.vigie.ingest.extract;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads an article page: main text plus the metadata news sites declare (JSON-LD, Open Graph, meta). */
public final class ArticleExtractor {

    /**
     * @param body          raw page bytes
     * @param headerCharset charset from the HTTP Content-Type, or null
     * @param pageUrl       final page URL, to resolve relative links
     */
    public ExtractedArticle extract(byte[] body, Charset headerCharset, URI pageUrl) {
        return extract(HtmlDocuments.parse(body, headerCharset, pageUrl));
    }

    public ExtractedArticle extract(Document doc) {
        JsonLdArticle ld = JsonLdArticle.from(doc);
        String text = MainText.of(doc.body(), ld.articleBody());
        Instant declared = declaredPublished(doc, ld);
        Instant shown = declared == null ? shownPublished(doc) : null;
        return new ExtractedArticle(
                Titles.choose(doc, ld.headline(), meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title()),
                text,
                declared != null ? declared : shown,
                declared == null && shown != null,
                firstDate(ld.modified() == null ? null : ld.modified().toString(),
                        meta(doc, "article:modified_time"), meta(doc, "og:updated_time"), meta(doc, "dateModified")),
                authors(doc, ld),
                languageHints(doc, ld),
                first(meta(doc, "og:site_name"), ld.publisher(), meta(doc, "application-name")),
                first(meta(doc, "description"), meta(doc, "og:description"), ld.description()),
                absolute(doc, first(meta(doc, "og:image"), meta(doc, "twitter:image"), ld.image())),
                absolute(doc, first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), ld.url())));
    }

    /** The publication date the page declares in its metadata, or null. */
    private static Instant declaredPublished(Document doc, JsonLdArticle ld) {
        return firstDate(ld.published() == null ? null : ld.published().toString(),
                meta(doc, "article:published_time"), meta(doc, "datePublished"), meta(doc, "pubdate"),
                meta(doc, "publishdate"), meta(doc, "publish-date"), meta(doc, "parsely-pub-date"),
                meta(doc, "sailthru.date"), meta(doc, "og:published_time"), meta(doc, "article:published"),
                meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "DC.date.issued"), meta(doc, "dcterms.date"),
                meta(doc, "dcterms.created"), meta(doc, "citation_publication_date"), meta(doc, "citation_date"),
                attr(doc, "[itemprop=datePublished][content]", "content"),
                attr(doc, "[itemprop=datePublished][datetime]", "datetime"),
                attr(doc, "article time[datetime], time[datetime]", "datetime"));
    }

    /** The publication date the page only shows: in its URL path, else written in its text. */
    private static Instant shownPublished(Document doc) {
        Instant fromUrl = VisibleDates.fromUrl(doc.location());
        if (fromUrl == null) {
            fromUrl = VisibleDates.fromUrl(first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url")));
        }
        return fromUrl != null ? fromUrl : VisibleDates.fromText(doc.body());
    }

    private static List<String> authors(Document doc, JsonLdArticle ld) {
        Set<String> out = new LinkedHashSet<>(ld.authors());
        if (out.isEmpty()) {
            for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[name=article:author]")) {
                String v = m.attr("content").strip();
                if (!v.isEmpty() && !v.matches("(?i)https?://.*")) {
                    out.add(v);
                }
            }
        }
        if (out.isEmpty()) {
            for (Element a : doc.select("[rel=author], [itemprop=author] [itemprop=name]")) {
                String v = a.text().strip();
                if (!v.isEmpty() && v.length() < 100) {
                    out.add(v);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> languageHints(Document doc, JsonLdArticle ld) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : new String[] {doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                httpEquiv(doc, "content-language"), meta(doc, "og:locale"), ld.language()}) {
            if (raw != null && !raw.isBlank() && raw.length() <= 35) {
                out.add(raw.strip().replace('_', '-'));
            }
        }
        return new ArrayList<>(out);
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[property], meta[name], meta[itemprop]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String v = m.attr("content").strip();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String httpEquiv(Document doc, String key) {
        for (Element m : doc.select("meta[http-equiv]")) {
            if (key.equalsIgnoreCase(m.attr("http-equiv"))) {
                return m.attr("content");
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String attribute) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String v = e.attr(attribute).strip();
        return v.isEmpty() ? null : v;
    }

    private static java.time.Instant firstDate(String... candidates) {
        for (String c : candidates) {
            java.time.Instant i = DateParsing.parse(c);
            if (i != null) {
                return i;
            }
        }
        return null;
    }

    private static String absolute(Document doc, String url) {
        if (url == null) {
            return null;
        }
        try {
            URI base = doc.location().isEmpty() ? null : URI.create(doc.location());
            URI resolved = base == null ? URI.create(url.strip()) : base.resolve(url.strip());
            String scheme = resolved.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    ? resolved.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.replaceAll("\\s+", " ").strip();
            }
        }
        return null;
    }
}
