package io.vigie.alerts.mail;

import java.net.URI;
import java.util.Locale;

/** Third-party text is hostile: escaping for HTML, cleaning for headers, and http(s)-only links. */
public final class SafeText {
    private SafeText() {
    }

    public static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(Character.isISOControl(c) && c != '\n' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /** One line, no control characters (CR/LF would inject headers), at most {@code max} chars. */
    public static String line(String s, int max) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < max; i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return sb.toString().replaceAll(" {2,}", " ").strip();
    }

    /** The link if it is an absolute http(s) URL with a host, else null (javascript:, data:, relative...). */
    public static String httpLink(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toASCIIString();
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
