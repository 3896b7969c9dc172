package io.vigie.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a sentence into lower-cased words. Elisions become their own word ("l'effondrement" ->
 * "l", "effondrement"; "dell'OM" -> "dell", "om"; "n'est" -> "n", "est") so that the lexicon sees
 * the full word and the negation rules see "n". English contractions keep "n't" as a negator.
 * Hyphenated words stay whole ("start-up", "peut-être").
 */
final class WordTokenizer {
    private static final String CLAUSE_BREAKS = ",;:()[]–—";
    private static final Set<String> ENGLISH_CLITICS = Set.of("s", "re", "ve", "ll", "d", "m");

    private WordTokenizer() {
    }

    /** Words of {@code text}; quote state is given per character by {@code quoted}, may be null. */
    static List<Word> tokenize(String text, int offset, boolean[] quoted, String language) {
        List<Word> words = new ArrayList<>();
        boolean clauseBreak = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isJoiner(text, i))) {
                    i++;
                }
                String raw = text.substring(start, i).replace('’', '\'').toLowerCase(Locale.ROOT);
                boolean q = quoted != null && quoted[start];
                addWord(words, raw, offset + start, offset + i, clauseBreak, q, language);
                clauseBreak = false;
            } else {
                if (CLAUSE_BREAKS.indexOf(c) >= 0 || (c == '-' && i > 0 && text.charAt(i - 1) == ' ')) {
                    clauseBreak = true;
                }
                i++;
            }
        }
        return words;
    }

    /** A hyphen or apostrophe between two letters belongs to the word (split again below for elisions). */
    private static boolean isJoiner(String text, int i) {
        char c = text.charAt(i);
        return (c == '-' || c == '\'' || c == '’') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
                && i > 0 && Character.isLetter(text.charAt(i - 1));
    }

    private static void addWord(List<Word> words, String raw, int start, int end, boolean clauseBreak, boolean quoted,
                                String language) {
        int apostrophe = raw.indexOf('\'');
        if (apostrophe < 0) {
            words.add(new Word(raw, start, end, clauseBreak, quoted));
            return;
        }
        String head = raw.substring(0, apostrophe);
        String tail = raw.substring(apostrophe + 1);
        if ("en".equals(language)) {
            if (tail.equals("t") && head.endsWith("n")) {
                if (head.length() > 1) {
                    words.add(new Word(head.substring(0, head.length() - 1), start, start + apostrophe - 1, clauseBreak, quoted));
                }
                words.add(new Word("n't", start + apostrophe - 1, end, head.length() == 1 && clauseBreak, quoted));
            } else {
                words.add(new Word(head, start, start + apostrophe, clauseBreak, quoted));
                if (!ENGLISH_CLITICS.contains(tail)) {
                    words.add(new Word(tail, start + apostrophe + 1, end, false, quoted));
                }
            }
            return;
        }
        words.add(new Word(head, start, start + apostrophe, clauseBreak, quoted));
        addWord(words, tail, start + apostrophe + 1, end, false, quoted, language);
    }

    /** The lexicon keys of a phrase, tokenised like the text. */
    static List<String> keys(String phrase, String language) {
        return tokenize(phrase, 0, null, language).stream().map(Word::text).toList();
    }
}
