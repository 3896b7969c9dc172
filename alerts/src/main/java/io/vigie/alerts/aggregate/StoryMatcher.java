package io.vigie.alerts.aggregate;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Recognises syndicated copies of a story before the indexer has given stories an id: 64-bit
 * SimHash fingerprints (from ingest) within {@link #MAX_HAMMING} bits, or the same normalised
 * title of at least {@link #MIN_TITLE_WORDS} words (agency copies keep the title, drop the text).
 */
public final class StoryMatcher {
    /** Copies with light edits or boilerplate land within 3 bits; unrelated texts about 32 apart. */
    public static final int MAX_HAMMING = 3;
    /** Shorter titles ("Marseille", "Faits divers") are too generic to identify a story. */
    public static final int MIN_TITLE_WORDS = 4;

    private StoryMatcher() {
    }

    /** The fingerprint as a number, or null when absent, blank, zero or not 1..16 hex digits. */
    public static Long parseFingerprint(String hex) {
        if (hex == null) {
            return null;
        }
        String h = hex.strip();
        if (h.isEmpty() || h.length() > 16 || !h.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return null;
        }
        long value = Long.parseUnsignedLong(h, 16);
        // Ingest gives a text without words fingerprint 0: every such text would look like one story.
        return value == 0 ? null : value;
    }

    public static boolean nearDuplicate(long a, long b) {
        return Long.bitCount(a ^ b) <= MAX_HAMMING;
    }

    /** Lower case, accents and punctuation removed, spaces collapsed; null when too short to identify a story. */
    public static String titleKey(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (t.isEmpty() || t.split(" ").length < MIN_TITLE_WORDS) {
            return null;
        }
        return t.length() > 300 ? t.substring(0, 300) : t;
    }
}
