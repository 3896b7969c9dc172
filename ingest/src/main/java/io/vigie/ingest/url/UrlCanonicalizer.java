package io.vigie.ingest.url;

import io.vigie.model.MentionId;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Canonical form of article URLs, so that the same article reached through different feeds or
 * campaigns gets the same {@link MentionId}.
 *
 * <p>Rules: http(s) only; scheme and host lower-cased; default port, fragment and tracking
 * parameters removed; other parameters kept in their original order and encoding; empty path
 * becomes {@code /}. Path case is kept because many servers treat it as significant.
 */
public final class UrlCanonicalizer {

    private static final Set<String> TRACKING_PARAMS = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
            "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ocid", "cmpid", "ito",
            "xtor", "at_medium", "at_campaign", "at_source", "at_platform", "at_link", "at_creation",
            "at_format", "at_send_date", "at_recipient_id", "wt.mc_id", "wt_mc", "ns_mchannel",
            "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "sr_share", "rss", "from_rss", "feature");

    private UrlCanonicalizer() {
    }

    /**
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL
     */
    public static String canonicalize(String url) {
        return canonicalize(null, url);
    }

    /**
     * Resolves {@code url} against {@code base} (may be null) and canonicalizes it.
     *
     * @throws IllegalArgumentException when the result is not an absolute http(s) URL
     */
    public static String canonicalize(URI base, String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty URL");
        }
        URI uri = parse(url.strip());
        if (base != null && !uri.isAbsolute()) {
            uri = base.resolve(uri);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("URL without host: " + url);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = stripTracking(uri.getRawQuery());

        StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            // Credentials in article links are either a mistake or an attack; they never identify content.
            throw new IllegalArgumentException("URL with user info: " + url);
        }
        out.append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path);
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /** The mention id of a URL: {@link MentionId#of} its canonical form. */
    public static String idOf(String url) {
        return MentionId.of(canonicalize(url));
    }

    /** Canonical form, or null when the URL is unusable (for optional metadata such as og:url). */
    public static String canonicalizeOrNull(URI base, String url) {
        try {
            return canonicalize(base, url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isTracking(String rawName) {
        String name = rawName.toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING_PARAMS.contains(name);
    }

    private static String stripTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!isTracking(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            // Feeds often carry unescaped spaces or non-ASCII characters; escape them once and retry.
            try {
                return new URI(escapeLoosely(url));
            } catch (URISyntaxException again) {
                throw new IllegalArgumentException("malformed URL: " + url + " (" + again.getReason() + ")");
            }
        }
    }

    private static String escapeLoosely(String url) {
        StringBuilder out = new StringBuilder(url.length() + 16);
        for (byte b : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^'
                    || c == '`' || c == '{' || c == '|' || c == '}') {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
