package io.vigie.ingest.feed;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the DOCTYPE of a feed before any XML parser sees it. A DOCTYPE that declares entities is the
 * vehicle of both XXE and entity-expansion bombs and no news feed needs one, so it is refused with a
 * clear error and never "recovered". A plain DOCTYPE (the RSS 0.91 Netscape one) is removed, so
 * nothing is ever fetched; the XML parser then runs with DOCTYPEs disallowed.
 */
final class DoctypeGuard {

    private static final Pattern FIRST_ELEMENT = Pattern.compile("<[A-Za-z_]");
    private static final Pattern ENTITY_DECL = Pattern.compile("<!ENTITY\\s+(%\\s+)?([^\\s\"'>]+)", Pattern.CASE_INSENSITIVE);

    /**
     * @param text     the document without its DOCTYPE
     * @param publicId the DOCTYPE public identifier, or null (none, or no DOCTYPE)
     * @param removed  whether a DOCTYPE was present
     */
    record Result(String text, String publicId, boolean removed) {
        boolean netscape() {
            return publicId != null && publicId.toLowerCase(Locale.ROOT).contains("netscape");
        }
    }

    private DoctypeGuard() {
    }

    static Result inspect(String sourceId, String text) throws FeedParseException {
        int start = indexOfIgnoreCase(text, "<!DOCTYPE");
        if (start < 0) {
            return new Result(text, null, false);
        }
        Matcher first = FIRST_ELEMENT.matcher(text);
        if (first.find() && first.start() < start) {
            return new Result(text, null, false); // "<!DOCTYPE" inside content: text, not a declaration
        }
        int end = endOfDoctype(text, start);
        String doctype = end < 0 ? text.substring(start) : text.substring(start, end);
        Matcher entity = ENTITY_DECL.matcher(doctype);
        if (entity.find()) {
            throw new FeedParseException(sourceId, FeedFailure.UNSAFE_DTD,
                    "DOCTYPE declares entities (<!ENTITY " + (entity.group(1) != null ? "% " : "")
                            + abbreviate(entity.group(2)) + " ...>): refused, external entities and entity expansion are not allowed",
                    null);
        }
        if (end < 0) {
            throw new FeedParseException(sourceId, FeedFailure.MALFORMED, "unterminated DOCTYPE", null);
        }
        return new Result(text.substring(0, start) + text.substring(end), publicId(doctype), true);
    }

    /** Index just past the closing '>' of the DOCTYPE, honouring quotes and an internal subset; -1 if none. */
    private static int endOfDoctype(String s, int start) {
        char quote = 0;
        boolean subset = false;
        for (int i = start + 2; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                subset = true;
            } else if (c == ']') {
                subset = false;
            } else if (c == '>' && !subset) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String publicId(String doctype) {
        Matcher m = Pattern.compile("PUBLIC\\s+[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE).matcher(doctype);
        return m.find() ? m.group(1) : null;
    }

    private static int indexOfIgnoreCase(String s, String needle) {
        int limit = s.length() - needle.length();
        for (int i = 0; i <= limit; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
            if (s.charAt(i) == '<' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                return -1; // reached the root element: no DOCTYPE in the prolog
            }
        }
        return -1;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
