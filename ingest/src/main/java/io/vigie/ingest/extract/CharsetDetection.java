package io.vigie.ingest.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes. Order: byte-order mark, HTTP header, {@code <meta>} declaration, then UTF-8
 * when the bytes are valid UTF-8, else windows-1252. A declared charset is checked: servers and
 * CMSs often lie, so when decoding with it yields replacement characters or UTF-8 mojibake
 * ("Ã©", "â€™") another candidate that decodes cleanly wins.
 */
public final class CharsetDetection {

    /** The chosen charset and the decoded text. */
    public record Decoded(String text, Charset charset) {
    }

    private static final Pattern META = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
    private static final Pattern MOJIBAKE = Pattern.compile("[ÃÂ][\\u0080-\\u00bf]|â€[\\u0080-\\u00bf™œ˜”“¦]|Ã[©¨ª¢§´¼¶ ]");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 8192;

    private CharsetDetection() {
    }

    public static Decoded decode(byte[] body, Charset headerCharset) {
        Charset bom = bom(body);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(body, skip, body.length - skip, bom), bom);
        }
        boolean validUtf8 = isValidUtf8(body);
        for (Charset declared : new Charset[] {normalise(headerCharset), normalise(meta(body))}) {
            if (declared == null) {
                continue;
            }
            String text = new String(body, declared);
            if (plausible(text, declared, validUtf8)) {
                return new Decoded(text, declared);
            }
        }
        Charset fallback = validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new Decoded(new String(body, fallback), fallback);
    }

    private static boolean plausible(String text, Charset declared, boolean validUtf8) {
        if (declared.equals(StandardCharsets.UTF_8)) {
            // Invalid UTF-8 bytes: a few are tolerated (one broken character in a comment).
            return validUtf8 || count(text, '\ufffd') <= 3;
        }
        if (validUtf8 && hasNonAscii(text) && isSingleByte(declared)) {
            // Valid multi-byte UTF-8 read as a single-byte charset shows as mojibake.
            Matcher m = MOJIBAKE.matcher(text);
            int n = 0;
            while (m.find() && n < 3) {
                n++;
            }
            return n < 3;
        }
        return count(text, '\ufffd') <= 3;
    }

    private static boolean isSingleByte(Charset c) {
        return c.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static boolean hasNonAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset meta(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? forName(m.group(1)) : null;
    }

    private static Charset forName(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Browsers read ISO-8859-1 and US-ASCII as windows-1252 (WHATWG encoding standard); so do we. */
    private static Charset normalise(Charset c) {
        if (c == null) {
            return null;
        }
        String n = c.name().toUpperCase(Locale.ROOT);
        if (n.equals("ISO-8859-1") || n.equals("US-ASCII")) {
            return WINDOWS_1252;
        }
        if (n.startsWith("UTF-16") || n.startsWith("UTF-32")) {
            // A page that reached us as ASCII-compatible bytes with a meta saying UTF-16 is lying.
            return StandardCharsets.UTF_8;
        }
        return c;
    }
}
