package io.vigie.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article headline. Declared titles (JSON-LD headline, og:title, {@code <title>}) often carry
 * the site name ("Headline | Site") or are SEO variants; the visible {@code <h1>} is the headline
 * readers see, so it wins when a declared title confirms it, and a site-name suffix is cut.
 */
final class Titles {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]{1,2}\\s+");

    private Titles() {
    }

    static String choose(Document doc, String... declared) {
        String h1 = null;
        Element heading = doc.selectFirst("article h1, main h1, [itemprop=headline], h1");
        if (heading != null) {
            h1 = clean(heading.text());
        }
        String first = null;
        for (String d : declared) {
            String c = clean(d);
            if (c == null) {
                continue;
            }
            if (first == null) {
                first = c;
            }
            if (h1 != null && h1.length() >= 10 && key(c).contains(key(h1))) {
                return h1;
            }
        }
        if (first == null) {
            return h1;
        }
        return stripSiteName(first, clean(meta(doc)));
    }

    /** Cuts "… | Site" (any separator when it names the site; a pipe alone is a site separator too). */
    private static String stripSiteName(String title, String siteName) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = parts[parts.length - 1];
        String rest = title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|\\-–—:·•»]+$", "");
        if (rest.length() < 15) {
            return title;
        }
        boolean named = siteName != null && !key(last).isEmpty()
                && (key(last).contains(key(siteName)) || key(siteName).contains(key(last)));
        boolean piped = title.lastIndexOf(" | ") >= rest.length() - 1 && last.length() <= 40;
        return named || piped ? rest : title;
    }

    private static String meta(Document doc) {
        Element m = doc.selectFirst("meta[property=og:site_name], meta[name=application-name]");
        return m == null ? null : m.attr("content");
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s‘’“”«»]+", " ").strip();
    }

    static String clean(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.contains("&") ? Parser.unescapeEntities(s, false) : s;
        t = t.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
