package io.vigie.enrich.sentiment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;

/**
 * Features of a whole item for the {@link PortrayalModel}: folded word unigrams and bigrams, character
 * 4-grams of the words (so "attractive", "attractif", "attrattiva" share evidence across languages),
 * the language, and optionally what the rules said. Each family is scaled to unit length so a long lead
 * does not outvote a headline. A pure function.
 */
final class PortrayalFeatures {
    private static final int CHAR_N = 4;

    private PortrayalFeatures() {
    }

    /** What the rules concluded about the item, read as features by the stacked model. */
    record RuleView(String label, double score, double tone) {
    }

    /**
     * @param rules the rules' verdict, or null for a text-only model
     */
    static Map<String, Double> extract(String language, String title, String body, RuleView rules) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        List<String> words = words(SentimentInput.document(title, body), lang);
        Set<String> unigrams = new LinkedHashSet<>();
        Set<String> bigrams = new LinkedHashSet<>();
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            unigrams.add("w:" + w);
            if (i > 0) {
                bigrams.add("b:" + words.get(i - 1) + "_" + w);
            }
            if (w.length() >= CHAR_N - 1) {
                String padded = "<" + w + ">";
                for (int k = 0; k + CHAR_N <= padded.length(); k++) {
                    grams.add("c:" + padded.substring(k, k + CHAR_N));
                }
            }
        }
        Map<String, Double> out = new HashMap<>();
        addScaled(out, unigrams);
        addScaled(out, bigrams);
        addScaled(out, grams);
        out.put("lang:" + lang, 1.0);
        if (rules != null) {
            out.put("rule:" + rules.label(), 1.0);
            out.put("rule:score", clamp(rules.score() * 3));
            out.put("rule:tone", clamp(rules.tone() * 3));
        }
        return out;
    }

    /** Lower-cased, accent-folded words of the text, digits kept (years and amounts are cues of their own). */
    static List<String> words(String text, String language) {
        List<String> out = new ArrayList<>();
        for (Word w : WordTokenizer.tokenize(text, 0, null, language)) {
            out.add(fold(w.text()));
        }
        return out;
    }

    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void addScaled(Map<String, Double> out, Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        double v = 1 / Math.sqrt(keys.size());
        keys.forEach(k -> out.put(k, v));
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }
}
