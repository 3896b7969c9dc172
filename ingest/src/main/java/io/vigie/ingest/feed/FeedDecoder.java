package io.vigie.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text. Order of trust: byte order mark, XML declaration, HTTP charset, then sniffing
 * (UTF-8 when the bytes are valid UTF-8, else windows-1252). Feeds lie about their encoding often
 * enough that a declaration the bytes contradict is treated as a repairable error, not a failure.
 */
final class FeedDecoder {

    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern HTTP_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private FeedDecoder() {
    }

    static FeedText decode(byte[] body, String contentType) {
        Bom bom = Bom.of(body);
        if (bom != null) {
            String text = lenient(body, bom.length, bom.charset);
            return new FeedText(stripLeadingBom(text), bom.charset.name(), List.of());
        }
        Charset utf16 = utf16WithoutBom(body);
        String asciiHead = new String(body, 0, Math.min(body.length, 512),
                utf16 != null ? utf16 : StandardCharsets.ISO_8859_1);
        List<String> repairs = new ArrayList<>();
        Set<Charset> candidates = new LinkedHashSet<>();
        String declared = group(XML_ENCODING, stripLeadingBom(asciiHead));
        Charset declaredCharset = charset(declared, repairs, "XML declaration");
        if (declaredCharset != null) {
            candidates.add(isUtf16(declaredCharset) && utf16 != null ? utf16 : declaredCharset);
        }
        if (utf16 != null) {
            candidates.add(utf16);
        }
        Charset http = contentType == null ? null : charset(group(HTTP_CHARSET, contentType), repairs, "Content-Type");
        if (http != null) {
            candidates.add(http);
        }
        candidates.add(StandardCharsets.UTF_8);
        candidates.add(WINDOWS_1252);
        Charset first = candidates.iterator().next();
        for (Charset c : candidates) {
            String text = strict(body, c);
            if (text == null || !looksLikeMarkup(text)) {
                continue;
            }
            if (isLatin(c) && declaredCharset != null && isLatin(declaredCharset) && hasNonAscii(body)) {
                // A Latin-1 declaration over valid multi-byte UTF-8 is the classic mojibake source.
                String utf8 = strict(body, StandardCharsets.UTF_8);
                if (utf8 != null) {
                    repairs.add("encoding: declared " + declared + " but the bytes are UTF-8");
                    return new FeedText(stripLeadingBom(utf8), "UTF-8", repairs);
                }
            }
            if (!c.equals(first) && hasNonAscii(body)) {
                repairs.add("encoding: " + (declared != null ? "declared " + declared : "undeclared")
                        + " but the bytes are not " + first.name() + ", decoded as " + c.name());
            }
            return new FeedText(stripLeadingBom(text), c.name(), repairs);
        }
        repairs.add("encoding: no charset fits the bytes, decoded as ISO-8859-1");
        return new FeedText(stripLeadingBom(new String(body, StandardCharsets.ISO_8859_1)), "ISO-8859-1", repairs);
    }

    private static boolean looksLikeMarkup(String text) {
        int lt = text.indexOf('<');
        return lt >= 0 && lt < 2048;
    }

    private static boolean isLatin(Charset c) {
        return c.equals(StandardCharsets.ISO_8859_1) || c.equals(WINDOWS_1252) || c.equals(StandardCharsets.US_ASCII);
    }

    private static boolean isUtf16(Charset c) {
        return c.name().toUpperCase(Locale.ROOT).startsWith("UTF-16");
    }

    private static boolean hasNonAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Charset charset(String name, List<String> repairs, String where) {
        if (name == null) {
            return null;
        }
        try {
            Charset c = Charset.forName(name);
            // ISO-8859-1 as declared is almost always windows-1252 in practice (curly quotes, euro sign).
            return c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : c;
        } catch (IllegalArgumentException e) {
            repairs.add("encoding: unknown charset '" + name + "' in " + where);
            return null;
        }
    }

    private static String group(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static Charset utf16WithoutBom(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 4 && b[0] == '<' && b[1] == 0 && b[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String strict(byte[] body, Charset c) {
        try {
            return c.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static String lenient(byte[] body, int offset, Charset c) {
        return new String(body, offset, body.length - offset, c);
    }

    private static String stripLeadingBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }
}
