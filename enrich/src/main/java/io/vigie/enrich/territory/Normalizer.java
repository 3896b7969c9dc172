package io.vigie.enrich.territory;

import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.regex.Pattern;

/** Accent folding shared by the gazetteer and the text, so both sides compare the same forms. */
final class Normalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Normalizer() {
    }

    /** Accents removed, case kept: used for case-sensitive aliases ("OM", "La Provence"). */
    static String stripAccents(String s) {
        String decomposed = java.text.Normalizer.normalize(s, Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace("œ", "oe").replace("Œ", "Oe")
                .replace("æ", "ae").replace("ß", "ss");
    }

    /** Accents removed and lower-cased: the matching key. */
    static String fold(String s) {
        return stripAccents(s).toLowerCase(Locale.ROOT);
    }
}
