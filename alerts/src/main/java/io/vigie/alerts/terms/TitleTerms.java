package io.vigie.alerts.terms;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The distinct content words of a title (lower-cased, 3+ letters, no common French/English/... stop words). */
public final class TitleTerms {
    private static final Set<String> STOP = Set.of(
            "les", "des", "une", "dans", "pour", "par", "sur", "avec", "sans", "aux", "est", "sont", "qui", "que",
            "quoi", "ont", "été", "son", "ses", "leur", "leurs", "mais", "plus", "moins", "pas", "tout", "tous",
            "cette", "ces", "entre", "après", "avant", "comme", "elle", "ils", "nous", "vous", "the", "and", "for",
            "with", "from", "that", "this", "are", "was", "were", "has", "have", "after", "over", "into", "its",
            "their", "not", "but", "new", "der", "die", "das", "und", "von", "mit", "del", "los", "las", "por",
            "con", "della", "per", "dei", "gli", "du", "de", "la", "le", "en", "et", "un", "au", "ce");

    private TitleTerms() {
    }

    public static Set<String> of(String title) {
        Set<String> terms = new LinkedHashSet<>();
        if (title == null || title.isBlank()) {
            return terms;
        }
        String text = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || (c == '-' && word.length() > 0)) {
                word.append(c);
            } else {
                add(terms, word);
                word.setLength(0);
            }
        }
        return terms;
    }

    private static void add(Set<String> terms, StringBuilder word) {
        String w = word.toString().replaceAll("-+$", "");
        if (w.length() >= 3 && w.length() <= 40 && !STOP.contains(w) && terms.size() < 30) {
            terms.add(w);
        }
    }
}
