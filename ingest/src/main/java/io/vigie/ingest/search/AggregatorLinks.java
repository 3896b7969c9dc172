package io.vigie.ingest.search;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * News-search feeds (Google News, Bing News) link to their own redirectors, not to the publisher.
 * These pure functions recover the publisher's URL or name from what the aggregator gives.
 */
public final class AggregatorLinks {
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\";]+)");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.{8,}?)\\s+[-\u2013\u2014|]\\s+([^-\u2013\u2014|]{2,80})$");

    private AggregatorLinks() {
    }

    /** Bing's {@code .../news/apiclick.aspx?...&url=<encoded>} carries the publisher URL in a parameter. */
    public static Optional<String> bingTarget(String link) {
        URI uri = parse(link);
        if (uri == null || uri.getHost() == null || !hostIs(uri.getHost(), "bing.com")
                || uri.getRawPath() == null || !uri.getRawPath().toLowerCase(Locale.ROOT).endsWith("/apiclick.aspx")) {
            return Optional.empty();
        }
        return queryParam(uri.getRawQuery(), "url").filter(AggregatorLinks::isHttp);
    }

    /** A Google News article redirector link, resolvable only by fetching it. */
    public static boolean isGoogleNewsArticle(String link) {
        URI uri = parse(link);
        return uri != null && uri.getHost() != null && uri.getHost().equalsIgnoreCase("news.google.com")
                && uri.getRawPath() != null && (uri.getRawPath().startsWith("/rss/articles/") || uri.getRawPath().startsWith("/articles/"));
    }

    /** Whether a URL is still on an aggregator (resolution failed when it is). */
    public static boolean isAggregator(String link) {
        URI uri = parse(link);
        return uri == null || uri.getHost() == null || hostIs(uri.getHost(), "news.google.com")
                || hostIs(uri.getHost(), "bing.com") || hostIs(uri.getHost(), "google.com");
    }

    /**
     * The publisher link in an aggregator's interstitial page: a meta refresh, a {@code data-n-au}
     * attribute, or the first link leaving the aggregator.
     */
    public static Optional<String> publisherLinkInHtml(String html, URI base) {
        Document doc = Jsoup.parse(html, base.toString());
        for (Element meta : doc.select("meta[http-equiv]")) {
            if (meta.attr("http-equiv").equalsIgnoreCase("refresh")) {
                Matcher m = REFRESH_URL.matcher(meta.attr("content"));
                if (m.find()) {
                    Optional<String> u = absoluteOutside(base, m.group(1).strip());
                    if (u.isPresent()) {
                        return u;
                    }
                }
            }
        }
        for (Element e : doc.select("[data-n-au]")) {
            Optional<String> u = absoluteOutside(base, e.attr("data-n-au"));
            if (u.isPresent()) {
                return u;
            }
        }
        for (Element a : doc.select("a[href]")) {
            Optional<String> u = absoluteOutside(base, a.attr("href"));
            if (u.isPresent()) {
                return u;
            }
        }
        return Optional.empty();
    }

    /** Google News titles end with " - Publisher": returns {headline, publisher}, or empty. */
    public static Optional<String[]> splitPublisherSuffix(String title) {
        if (title == null) {
            return Optional.empty();
        }
        Matcher m = TITLE_SUFFIX.matcher(title.strip());
        return m.matches() ? Optional.of(new String[] {m.group(1).strip(), m.group(2).strip()}) : Optional.empty();
    }

    /** "www.lemonde.fr" from a URL, without "www."; null when it has no host. */
    public static String domainOf(String url) {
        URI uri = parse(url);
        if (uri == null || uri.getHost() == null) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static Optional<String> absoluteOutside(URI base, String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            URI u = base.resolve(href.strip());
            String s = u.toString();
            return isHttp(s) && !isAggregator(s) ? Optional.of(s) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> queryParam(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(name)) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isHttp(String url) {
        String l = url.toLowerCase(Locale.ROOT);
        return (l.startsWith("http://") || l.startsWith("https://")) && parse(url) != null && parse(url).getHost() != null;
    }

    private static boolean hostIs(String host, String domain) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals(domain) || h.endsWith("." + domain);
    }

    private static URI parse(String link) {
        if (link == null) {
            return null;
        }
        try {
            return new URI(link.strip());
        } catch (Exception e) {
            return null;
        }
    }
}
