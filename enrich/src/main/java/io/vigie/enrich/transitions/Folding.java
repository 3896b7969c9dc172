package io.vigie.enrich.transitions;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Accent-insensitive, lower-case matching key shared by the cue files and the text. */
final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace("œ", "oe").replace("Œ", "oe")
                .replace("æ", "ae").replace("ß", "ss").toLowerCase(Locale.ROOT);
    }
}
