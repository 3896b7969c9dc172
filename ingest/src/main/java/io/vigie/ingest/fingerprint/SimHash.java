package io.vigie.ingest.fingerprint;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash over word shingles: syndicated copies of one article (same text, different
 * boilerplate or light edits) get fingerprints a few bits apart, unrelated texts about 32 bits apart.
 */
public final class SimHash {

    private static final int SHINGLE = 3;

    private SimHash() {
    }

    /** The fingerprint of {@code text}; 0 for a text without words. */
    public static long of(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return 0L;
        }
        int[] votes = new int[64];
        int size = Math.min(SHINGLE, words.size());
        for (int i = 0; i + size <= words.size(); i++) {
            long h = hash(String.join(" ", words.subList(i, i + size)));
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long result = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    /** The fingerprint as 16 lower-case hex characters, as carried in events. */
    public static String hex(String text) {
        return String.format("%016x", of(text));
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** 64-bit FNV-1a, then a murmur finalizer: cheap and well spread, stable across JVMs. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
