package io.vigie.enrich.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks a lexicon when the detected language has none ("und", or a wrong guess such as "zh" on a short
 * Latin-script headline): a headline misread by the language step still carries words we know. The
 * language whose function words and lexicon entries cover most of the text wins; a text with no Latin
 * letters, or where nothing matches, gets none.
 */
final class LanguageFallback {
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "fr", Set.of("le", "la", "les", "des", "du", "de", "et", "à", "au", "aux", "un", "une", "pour", "sur", "dans",
                    "avec", "est", "son", "ses", "sa", "qui", "que", "par", "plus", "en", "l", "d", "s", "n", "qu"),
            "en", Set.of("the", "of", "and", "to", "in", "for", "on", "with", "is", "a", "an", "its", "at", "from", "by",
                    "as", "new", "how", "why", "what", "your", "after", "over", "into", "be", "are", "was"),
            "es", Set.of("el", "la", "los", "las", "de", "del", "y", "en", "con", "por", "para", "un", "una", "que",
                    "su", "sus", "al", "se", "es", "más", "como", "tras", "ya", "nuevas", "nuevos"),
            "it", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "dei", "delle", "e", "in", "con", "per",
                    "un", "una", "che", "si", "al", "alla", "nel", "nella", "è", "a", "da", "dal", "sul", "più"),
            "de", Set.of("der", "die", "das", "und", "in", "mit", "für", "von", "den", "dem", "des", "ist", "ein",
                    "eine", "zum", "zur", "wird", "im", "am", "auf", "nach", "sich", "bei", "aus", "neue", "neuen"));
    /** A known polar word is weaker evidence than a function word: lexicons share loanwords. */
    private static final double LEXICON_HIT = 0.5;

    private LanguageFallback() {
    }

    static Optional<String> guess(String text, Map<String, Lexicon> lexicons) {
        if (text == null || !mostlyLatin(text)) {
            return Optional.empty();
        }
        Map<String, Double> score = new HashMap<>();
        for (String lang : List.of("fr", "en", "es", "it", "de")) {
            Lexicon lexicon = lexicons.get(lang);
            if (lexicon == null) {
                continue;
            }
            List<String> words = WordTokenizer.keys(text, lang);
            double s = 0;
            for (int i = 0; i < words.size(); i++) {
                if (FUNCTION_WORDS.get(lang).contains(words.get(i))) {
                    s += 1;
                } else if (lexicon.match(words, i) != null) {
                    s += LEXICON_HIT;
                }
            }
            score.put(lang, s);
        }
        return score.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static boolean mostlyLatin(String text) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters > 0 && latin * 10 >= letters * 8;
    }

    static String normalize(String language) {
        return language == null ? "" : language.toLowerCase(Locale.ROOT);
    }
}
