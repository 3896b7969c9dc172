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
        String siteName = clean(meta(doc));
        String first = null;
        for (String d : declared) {
            String c = clean(d);
            if (c != null) {
                first = c;
                break;
            }
        }
        String h1 = headline(doc, siteName, clean(doc.title()), first);
        if (h1 != null) {
            return stripSiteName(h1, siteName, false);
        }
        if (first == null) {
            return null;
        }
        return stripSiteName(first, siteName, true);
    }

    /**
     * The visible headline: what readers see, where declared titles are often SEO variants. An
     * {@code <h1>} that is the site's name (a logo, a blog name: og:site_name, or a prefix/suffix of
     * the {@code <title>} next to a longer part) or a generic two-word label unrelated to the
     * declared title is no headline.
     */
    private static String headline(Document doc, String siteName, String htmlTitle, String declared) {
        for (String css : new String[] {"article h1, main h1, [itemprop=headline]", "h1"}) {
            String h1 = null;
            for (Element e : doc.select(css)) {
                h1 = clean(e.text());
                if (h1 != null) {
                    break;
                }
            }
            // Only the first heading of its kind: later ones are widgets ("Contact us", a newsletter box).
            if (h1 == null || h1.length() > 300) {
                continue;
            }
            if (isSiteName(h1, siteName, htmlTitle) || isSiteName(h1, siteName, declared)) {
                continue;
            }
            if (declared != null && h1.split("\\s+").length < 3 && !sharesWord(h1, declared)) {
                continue;
            }
            // A shouting h1 (CSS would have cased it) is better read in the declared title's casing.
            if (declared != null && h1.equals(h1.toUpperCase(Locale.ROOT)) && !h1.equals(h1.toLowerCase(Locale.ROOT))
                    && key(stripSiteName(declared, siteName, true)).equals(key(h1))) {
                return stripSiteName(declared, siteName, true);
            }
            return h1;
        }
        return null;
    }

    private static boolean isSiteName(String h1, String siteName, String title) {
        String k = key(h1);
        if (siteName != null && k.equals(key(siteName))) {
            return true;
        }
        if (title == null) {
            return false;
        }
        String t = key(title);
        if (t.equals(k) || t.length() < k.length() + 10) {
            return false;
        }
        // "Blog: Headline", "Headline | Site": the h1 at one edge, a longer headline at the other. A
        // prefix is a site name only before a colon: "Headline – Site" starts with the headline too.
        boolean longerRest = t.length() - k.length() > k.length();
        return longerRest && (title.toLowerCase(Locale.ROOT).startsWith(h1.toLowerCase(Locale.ROOT) + ":")
                || t.endsWith(" " + k));
    }

    private static boolean sharesWord(String a, String b) {
        java.util.Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(key(b).split(" ")));
        for (String w : key(a).split(" ")) {
            if (w.length() > 2 && words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Cuts "… | Site" (any separator when it names the site; a pipe alone is a site separator too). */
    private static String stripSiteName(String title, String siteName, boolean pipeIsSeparator) {
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
        boolean piped = pipeIsSeparator && title.lastIndexOf(" | ") >= rest.length() - 1 && last.length() <= 40;
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
