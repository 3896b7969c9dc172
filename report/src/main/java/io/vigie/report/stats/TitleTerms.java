package io.vigie.report.stats;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Distinct content words of a title: lower-cased, split on non-letters, without short words,
 * numbers and French/English/Spanish/Italian/German function words. No stemming: the minimal
 * Elasticsearch has no language analyzers either, and whole words read better in a report.
 */
public final class TitleTerms {
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{M}]+");
    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "has", "have", "its", "into",
            "after", "over", "about", "new", "will", "not", "but", "you", "how", "why", "what", "who", "when", "more",
            "les", "des", "une", "dans", "pour", "par", "sur", "avec", "est", "sont", "aux", "pas", "plus", "qui",
            "que", "quoi", "son", "ses", "leur", "leurs", "cette", "ces", "nous", "vous", "ils", "elle", "elles", "mais",
            "ou", "comme", "tout", "tous", "être", "été", "fait", "entre", "après", "avant", "sans", "sous", "chez",
            "del", "los", "las", "por", "para", "con", "una", "el", "della", "delle", "degli", "per", "che", "der",
            "die", "das", "und", "mit", "von", "den", "dem", "ein", "eine", "für", "auf", "ist", "sich");

    private TitleTerms() {
    }

    public static Set<String> of(String title) {
        Set<String> terms = new LinkedHashSet<>();
        if (title == null) {
            return terms;
        }
        String normalized = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'');
        for (String token : SPLIT.split(normalized)) {
            if (token.length() >= 3 && !STOP.contains(token)) {
                terms.add(token);
            }
        }
        return terms;
    }
}
