package io.vigie.enrich.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sparse features of one sentence toward one target, for {@link TargetSentimentModel}: words and word
 * pairs with the target masked (so the model learns how the target is portrayed, not who it is),
 * words after a negator marked, the words right before and after the target, and the lexicon scorer's
 * verdict (stacking: the model learns when to trust it).
 */
final class TargetFeatures {
    static final String TARGET = "<T>";
    /** Weight of the hand-curated news vocabulary in the sentence, by sign ("lc:news+", "lc:news-"). */
    static final String NEWS_CUE = "lc:news";
    /** The lexicon scorer negated a polar word of the sentence ("not unsafe"). */
    static final String NEGATED_CUE = "lex:negated";
    private static final int NEAR = 4;
    private static final int NEGATION_SCOPE = 3;
    private static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never", "without", "nor", "nobody",
            "nothing", "neither", "none", "cannot");

    private TargetFeatures() {
    }

    static Map<String, Double> extract(Sentence sentence, Set<Integer> target, Lexicon lexicon, SentenceScore lexical,
                                       SentenceScore lexicalWhole) {
        Map<String, Double> f = new HashMap<>();
        List<Word> words = sentence.words();
        int n = words.size();
        int first = target.stream().mapToInt(Integer::intValue).min().orElse(0);
        int last = target.stream().mapToInt(Integer::intValue).max().orElse(-1);
        String[] t = new String[n];
        int negatedUntil = -1;
        for (int i = 0; i < n; i++) {
            String w = target.contains(i) ? TARGET : normalize(words.get(i).text());
            if (words.get(i).clauseBreak()) {
                negatedUntil = -1;
            }
            boolean negated = i <= negatedUntil && !target.contains(i);
            t[i] = negated ? "NOT_" + w : w;
            if (NEGATORS.contains(w)) {
                negatedUntil = i + NEGATION_SCOPE;
            }
        }
        String prev = "<S>";
        for (int i = 0; i < n; i++) {
            if (i > first && i <= last && TARGET.equals(t[i]) && TARGET.equals(t[i - 1])) {
                continue;
            }
            if (!TARGET.equals(t[i])) {
                f.merge("u:" + t[i], 1.0, Double::sum);
                if (i < first && first - i <= NEAR) {
                    f.put("l:" + t[i], 1.0);
                } else if (i > last && i - last <= NEAR) {
                    f.put("r:" + t[i], 1.0);
                }
            }
            f.put("b:" + prev + "_" + t[i], 1.0);
            prev = t[i];
        }
        f.put("b:" + prev + "_</S>", 1.0);
        f.put(first == 0 ? "pos:subject" : "pos:later", 1.0);
        if (last >= 0 && words.get(last).quoted()) {
            f.put("pos:quoted", 1.0);
        }
        if (sentence.text().endsWith("?")) {
            f.put("s:question", 1.0);
        }
        cues(f, words, target, first, last, lexicon);
        if (lexical.cues().stream().anyMatch(c -> c.startsWith("not "))) {
            f.put(NEGATED_CUE, 1.0);
        }
        lexicon(f, "lex", lexical.compound());
        lexicon(f, "lexall", lexicalWhole.compound());
        return f;
    }

    /** Where the lexicon's polar words sit relative to the target: near it, in its clause, or elsewhere. */
    private static void cues(Map<String, Double> f, List<Word> words, Set<Integer> target, int first, int last,
                             Lexicon lexicon) {
        int n = words.size();
        int[] clause = new int[n];
        for (int i = 1; i < n; i++) {
            clause[i] = clause[i - 1] + (words.get(i).clauseBreak() ? 1 : 0);
        }
        int targetClause = last >= 0 ? clause[last] : -1;
        List<String> texts = words.stream().map(Word::text).toList();
        for (int i = 0; i < n; i++) {
            if (target.contains(i)) {
                continue;
            }
            Lexicon.Match m = lexicon.match(texts, i);
            if (m == null || m.cue().kind() != CueKind.VALENCE || m.cue().value() == 0) {
                continue;
            }
            double v = m.cue().value();
            int distance = i < first ? first - i : i - last;
            String where = distance <= 2 ? "near" : distance <= 5 ? "mid" : "far";
            String sign = v > 0 ? "+" : "-";
            if ("news".equals(m.cue().source())) {
                f.merge(NEWS_CUE + sign, Math.abs(v), Double::sum);
            }
            f.merge("lc:" + sign + where, Math.abs(v), Double::sum);
            f.merge("lc:" + sign + (clause[i] == targetClause ? "clause" : "other"), Math.abs(v), Double::sum);
            f.merge("lc:" + sign + (i < first ? "before" : "after"), Math.abs(v), Double::sum);
        }
    }

    /**
     * Whether the rules know this sentence better than the model does: the curated news vocabulary speaks
     * (the model learned from political news, not from crime, fires or investment), or a polar word is
     * negated (bag-of-words features see the word, hardly its negation).
     */
    static boolean rulesSpeak(Map<String, Double> f) {
        return f.containsKey(NEGATED_CUE)
                || f.getOrDefault(NEWS_CUE + "+", 0.0) + f.getOrDefault(NEWS_CUE + "-", 0.0) >= NEWS_CUE_MIN;
    }

    private static final double NEWS_CUE_MIN = 0.4;

    private static void lexicon(Map<String, Double> f, String name, double c) {
        f.put(name, c);
        f.put(name + (c >= 0.5 ? ":++" : c >= 0.1 ? ":+" : c <= -0.5 ? ":--" : c <= -0.1 ? ":-" : ":0"), 1.0);
    }

    /** Digits do not carry sentiment: fold them so that "2019" and "45" are one feature. */
    private static String normalize(String w) {
        return w.chars().anyMatch(Character::isDigit) ? "<NUM>" : w;
    }
}
