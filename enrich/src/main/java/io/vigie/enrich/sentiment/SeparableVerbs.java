package io.vigie.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * German separable verbs: in a main clause the particle goes to the end ("Der Hafen baut das Terminal
 * aus", "Das Festival sagt die Ausgabe ab"), so the lexicon, which knows "ausbauen" and "absagen", sees
 * neither. Joins a clause-final particle to the clause's finite verb ("baut" + "aus" -> "ausbaut"), which
 * the lexicon's stems ("ausbau*") then match. Pure.
 *
 * <p>The finite verb is taken as the first lower-case word of the clause that is not a function word:
 * German capitalises nouns, so in news prose the first lower-case content word of a main clause is
 * its verb (V2 order). A wrong guess only yields a word the lexicon does not know.
 */
final class SeparableVerbs {
    static final Set<String> PARTICLES = Set.of("ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "her",
            "hin", "los", "lahm", "mit", "nach", "nieder", "vor", "weg", "zu", "zurück", "zusammen", "um", "heraus",
            "voran", "weiter");
    /** Lower-case words that are not verbs: articles, pronouns, prepositions, conjunctions, adverbs. */
    private static final Set<String> FUNCTION_WORDS = Set.of("der", "die", "das", "den", "dem", "des", "ein",
            "eine", "einen", "einem", "einer", "eines", "und", "oder", "aber", "in", "im", "am", "an", "auf", "aus",
            "bei", "mit", "nach", "von", "vom", "vor", "zu", "zum", "zur", "für", "über", "unter", "um", "durch",
            "gegen", "ohne", "seit", "bis", "zwischen", "wegen", "trotz", "nicht", "auch", "noch", "nur", "schon",
            "erneut", "wieder", "immer", "mehr", "sehr", "so", "nun", "jetzt", "heute", "bereits", "sich", "er",
            "sie", "es", "wir", "ihr", "man", "sein", "seine", "ihre", "ihren", "seinen", "diese", "dieser",
            "dieses", "diesjährige", "diesjährigen", "rund", "fast", "etwa", "kaum", "gut", "neu", "neue", "neuen");

    private SeparableVerbs() {
    }

    /**
     * The words of a German sentence as the lexicon should read them: a finite verb whose particle ends
     * its clause carries the particle in front ("ausbaut"); the particle itself is kept (it means nothing
     * alone). Other languages, and clauses without a final particle, come back unchanged.
     *
     * @param words    the sentence's words
     * @param original the text the word offsets point into (the document), to see capitalisation
     * @param offset   where {@code original} starts in document offsets
     */
    static List<String> join(List<Word> words, String original, int offset, String language) {
        List<String> texts = new ArrayList<>(words.stream().map(Word::text).toList());
        if (!"de".equals(language)) {
            return texts;
        }
        int n = words.size();
        int clauseStart = 0;
        for (int i = 0; i < n; i++) {
            boolean clauseEnds = i == n - 1 || words.get(i + 1).clauseBreak();
            if (!clauseEnds) {
                continue;
            }
            String last = texts.get(i);
            if (PARTICLES.contains(last) && i - clauseStart >= 2) {
                int verb = finiteVerb(words, original, offset, clauseStart, i);
                if (verb >= 0) {
                    texts.set(verb, last + texts.get(verb));
                }
            }
            clauseStart = i + 1;
        }
        return texts;
    }

    private static int finiteVerb(List<Word> words, String original, int offset, int from, int particle) {
        for (int k = from; k < particle; k++) {
            Word w = words.get(k);
            int at = w.start() - offset;
            if (at < 0 || at >= original.length()) {
                return -1;
            }
            char first = original.charAt(at);
            if (Character.isLetter(first) && Character.isLowerCase(first) && !FUNCTION_WORDS.contains(w.text())
                    && w.text().chars().allMatch(Character::isLetter)) {
                return k;
            }
        }
        return -1;
    }
}
