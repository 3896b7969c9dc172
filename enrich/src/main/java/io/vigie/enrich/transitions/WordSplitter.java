package io.vigie.enrich.transitions;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a title and a body into words and sentences. Hyphens and apostrophes separate words so
 * that "start-up", "d'eau" and "dell'aria" line up with the cue files' own spelling.
 */
final class WordSplitter {
    private static final String SENTENCE_ENDS = ".!?;\n";

    private WordSplitter() {
    }

    /** Title words first (sentence 0), then body words from sentence 1. */
    static Text split(String title, String body) {
        List<Word> words = new ArrayList<>();
        int next = add(title == null ? "" : title, true, 0, words);
        add(body == null ? "" : body, false, next + 1, words);
        return new Text(title == null ? "" : title, body == null ? "" : body, List.copyOf(words));
    }

    private static int add(String text, boolean title, int firstSentence, List<Word> out) {
        int sentence = firstSentence;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < n && isWordChar(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(new Word(Folding.fold(text.substring(start, i)), start, i, title, sentence));
            } else {
                // "3.5" or "laprovence.com" do not end a sentence
                boolean inWord = cp == '.' && i + 1 < n && Character.isLetterOrDigit(text.codePointAt(i + 1));
                if (SENTENCE_ENDS.indexOf(cp) >= 0 && !inWord) {
                    sentence++;
                }
                i += Character.charCount(cp);
            }
        }
        return sentence;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** The split text, kept so evidence can quote the words as written. */
    record Text(String title, String body, List<Word> words) {
        String surface(int from, int to) {
            Word first = words.get(from);
            Word last = words.get(to - 1);
            String section = first.title() ? title : body;
            if (first.title() != last.title()) {
                return section.substring(first.start()).strip();
            }
            return section.substring(first.start(), last.end());
        }
    }
}
