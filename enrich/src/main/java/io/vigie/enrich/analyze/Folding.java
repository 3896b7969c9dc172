package io.vigie.enrich.analyze;

import java.text.Normalizer;

/**
 * Case- and accent-insensitive view of a text that keeps its length, so that an offset in the folded
 * text is the same offset in the original (a whole-text NFD would shift every offset after an accent).
 */
final class Folding {
    private Folding() {
    }

    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    static char fold(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        if (c == '’') {
            return '\'';
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(d.isEmpty() ? c : d.charAt(0));
    }
}
