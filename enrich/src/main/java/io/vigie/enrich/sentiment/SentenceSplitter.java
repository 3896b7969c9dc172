package io.vigie.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based sentence splitter for fr/en/es/it/de news text: splits at . ! ? … followed by a
 * capitalised word, a quote or a digit, and at line breaks; not after common abbreviations, initials
 * or (German) ordinals ("das 16. Opfer"). One rule set for the five languages keeps the behaviour
 * the same everywhere; OpenNLP ships no Spanish or Italian sentence model.
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste",
            "mr", "mrs", "ms", "prof", "sr", "sra", "sig", "dott", "hr", "fr", "nr", "no", "n°", "vs", "etc", "av",
            "bd", "jr", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "inc", "ltd", "co", "corp", "bzw", "ca", "z.b",
            "u.a", "usw", "vgl", "str", "dipl", "ing", "ex", "cf", "p", "pp", "vol", "jan", "feb", "janv", "févr",
            "sept", "oct", "nov", "déc", "dec", "art", "al");
    private static final String QUOTE_OPEN = "«„‹\"“‘'";

    private SentenceSplitter() {
    }

    /**
     * @param document the text
     * @param titleEnd end of the title in the document (0 when there is none); the title is always one sentence
     */
    static List<Sentence> split(String document, int titleEnd, String language) {
        boolean[] quoted = QuoteMarker.mark(document, language);
        List<int[]> spans = new ArrayList<>();
        if (titleEnd > 0) {
            spans.add(new int[] {0, titleEnd});
        }
        int start = titleEnd;
        int n = document.length();
        for (int i = titleEnd; i < n; i++) {
            char c = document.charAt(i);
            if (c == '\n') {
                spans.add(new int[] {start, i});
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(document, i, start, language)) {
                int end = i + 1;
                while (end < n && (".!?…»”\"’)".indexOf(document.charAt(end)) >= 0)) {
                    end++;
                }
                spans.add(new int[] {start, end});
                start = end;
                i = end - 1;
            }
        }
        spans.add(new int[] {start, n});
        List<Sentence> sentences = new ArrayList<>();
        for (int[] span : spans) {
            String raw = document.substring(span[0], span[1]);
            String text = raw.strip();
            if (text.isEmpty()) {
                continue;
            }
            int lead = raw.indexOf(text);
            int s = span[0] + lead;
            List<Word> words = WordTokenizer.tokenize(text, s, slice(quoted, s, s + text.length()), language);
            if (!words.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), s, s + text.length(), text, words,
                        titleEnd > 0 && span[0] == 0));
            }
        }
        return sentences;
    }

    private static boolean[] slice(boolean[] quoted, int from, int to) {
        boolean[] out = new boolean[to - from];
        System.arraycopy(quoted, from, out, 0, to - from);
        return out;
    }

    private static boolean endsSentence(String doc, int i, int sentenceStart, String language) {
        int j = i + 1;
        while (j < doc.length() && ".!?…»”\"’)".indexOf(doc.charAt(j)) >= 0) {
            j++;
        }
        if (j < doc.length() && !Character.isWhitespace(doc.charAt(j))) {
            return false;
        }
        while (j < doc.length() && Character.isWhitespace(doc.charAt(j)) && doc.charAt(j) != '\n') {
            j++;
        }
        if (j >= doc.length() || doc.charAt(j) == '\n') {
            return true;
        }
        char next = doc.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || QUOTE_OPEN.indexOf(next) >= 0 || next == '—'
                || next == '-')) {
            return false;
        }
        if (doc.charAt(i) != '.') {
            return true;
        }
        int k = i;
        while (k > sentenceStart && !Character.isWhitespace(doc.charAt(k - 1))) {
            k--;
        }
        String before = doc.substring(k, i).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(before) || (before.length() == 1 && Character.isLetter(before.charAt(0)))) {
            return false;
        }
        // German ordinals: "das 16. Opfer", "im 13. Arrondissement"
        return !("de".equals(language) && before.length() <= 2 && before.chars().allMatch(Character::isDigit));
    }
}
