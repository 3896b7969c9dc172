package io.vigie.enrich.territory;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into letter/digit runs. Hyphens and apostrophes separate tokens, so
 * "Salon-de-Provence", "Salon de Provence" and "d'Aubagne" / "dell'OM" all line up with the
 * gazetteer's own tokenisation ("d" + "aubagne").
 */
final class Tokenizer {
    private static final String BOUNDARIES = ",.;:!?()[]|\n";

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, Section section) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        boolean boundary = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < n && isWordChar(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                String surface = text.substring(start, i);
                tokens.add(new Token(Normalizer.fold(surface), surface, start, i, section, boundary));
                boundary = false;
            } else {
                // a full stop inside "laprovence.com" or "3.5" is not a clause break
                boolean inWord = cp == '.' && i > 0 && i + 1 < n
                        && Character.isLetterOrDigit(text.codePointAt(i + 1)) && !boundaryDot(text, i);
                if (BOUNDARIES.indexOf(cp) >= 0 && !inWord) {
                    boundary = true;
                }
                i += Character.charCount(cp);
            }
        }
        return tokens;
    }

    private static boolean boundaryDot(String text, int i) {
        return Character.isUpperCase(text.codePointAt(i + 1));
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
