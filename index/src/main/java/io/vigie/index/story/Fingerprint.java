package io.vigie.index.story;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A 64-bit SimHash as carried in events (hex), and its four 16-bit band keys. Two fingerprints at
 * Hamming distance 3 or less agree on at least one whole band (pigeonhole: 3 differing bits touch at
 * most 3 of the 4 bands), so looking candidates up by band finds every near-duplicate.
 */
public record Fingerprint(long bits) {
    public static final int BANDS = 4;

    /** Empty for null, blank or malformed input (not 1 to 16 hex digits): such mentions are never grouped. */
    public static Optional<Fingerprint> parse(String hex) {
        if (hex == null) {
            return Optional.empty();
        }
        String h = hex.trim();
        if (h.isEmpty() || h.length() > 16 || !h.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new Fingerprint(Long.parseUnsignedLong(h, 16)));
    }

    /** {@code "0:1a2b"}, {@code "1:..."}: the band number is part of the key so equal values in different bands never match. */
    public List<String> bandKeys() {
        String[] keys = new String[BANDS];
        for (int i = 0; i < BANDS; i++) {
            int band = (int) ((bits >>> (48 - 16 * i)) & 0xFFFF);
            keys[i] = i + ":" + String.format(Locale.ROOT, "%04x", band);
        }
        return List.of(keys);
    }

    public int distance(Fingerprint other) {
        return Long.bitCount(bits ^ other.bits);
    }

    public String hex() {
        return String.format(Locale.ROOT, "%016x", bits);
    }

    /** A text without words hashes to 0: every empty page would otherwise be one story. */
    public boolean isEmpty() {
        return bits == 0;
    }
}
