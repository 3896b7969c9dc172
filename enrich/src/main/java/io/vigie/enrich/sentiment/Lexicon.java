package io.vigie.enrich.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One language's merged vocabulary: polar words and phrases, negators, modifiers, hedges and
 * discourse markers. Immutable once built; lookups are longest-phrase-first.
 */
public final class Lexicon {
    /** Equivalent forms tried when a word is missing: plural and gender endings, German inflections. */
    private static final Map<String, List<String>> ENDINGS = Map.of(
            "fr", List.of("s", "e", "es", "x"),
            "en", List.of("s", "es", "ed", "d"),
            "es", List.of("s", "es", "a", "as"),
            "it", List.of(),
            "de", List.of("e", "en", "n", "es", "s", "er", "em"));
    /** A list, not a set: the first variant found wins, and Set.of iterates in a different order on every JVM run. */
    private static final List<String> ITALIAN_VOWELS = List.of("a", "e", "i", "o");

    private final String language;
    private final Map<String, Cue> phrases;
    private final Map<String, Double> prefixes;
    private final Map<String, Double> suffixes;
    private final int longestPhrase;
    private final double quality;

    Lexicon(String language, Map<String, Cue> phrases, Map<String, Double> prefixes, Map<String, Double> suffixes,
            double quality) {
        this.language = Objects.requireNonNull(language, "language");
        this.phrases = Map.copyOf(phrases);
        this.prefixes = Map.copyOf(prefixes);
        this.suffixes = Map.copyOf(suffixes);
        this.longestPhrase = phrases.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.quality = quality;
    }

    public String language() {
        return language;
    }

    /** 0..1: how much to trust this lexicon (machine-translated ones are lower). */
    public double quality() {
        return quality;
    }

    public int size() {
        return phrases.size() + prefixes.size() + suffixes.size();
    }

    /** A cue found at a position. */
    record Match(Cue cue, int length, String phrase) {
    }

    /** The longest phrase starting at {@code from}, or null. Single words fall back to inflections and affixes. */
    Match match(List<String> words, int from) {
        int max = Math.min(longestPhrase, words.size() - from);
        StringBuilder key = new StringBuilder();
        Match best = null;
        for (int n = 1; n <= max; n++) {
            if (n > 1) {
                key.append(' ');
            }
            key.append(words.get(from + n - 1));
            Cue cue = phrases.get(key.toString());
            if (cue != null) {
                best = new Match(cue, n, key.toString());
            }
        }
        String word = words.get(from);
        if (best != null) {
            // a curated news stem ("retraso*") knows the news sense better than a general entry for one form
            if (best.length() == 1 && "general".equals(best.cue().source())) {
                Double news = affix(word);
                if (news != null) {
                    return new Match(new Cue(CueKind.VALENCE, news, "news"), 1, word);
                }
            }
            return best;
        }
        Cue inflected = inflected(word);
        if (inflected != null) {
            return new Match(inflected, 1, word);
        }
        Double affix = affix(word);
        return affix == null ? null : new Match(new Cue(CueKind.VALENCE, affix, "news"), 1, word);
    }

    private Cue inflected(String word) {
        if (word.length() < 5) {
            return null;
        }
        for (String ending : ENDINGS.getOrDefault(language, List.of())) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
                Cue cue = phrases.get(word.substring(0, word.length() - ending.length()));
                if (cue != null && cue.kind() == CueKind.VALENCE) {
                    return cue;
                }
            }
        }
        if ("it".equals(language) || "es".equals(language)) {
            String stem = word.substring(0, word.length() - 1);
            if (ITALIAN_VOWELS.contains(word.substring(word.length() - 1))) {
                for (String v : ITALIAN_VOWELS) {
                    Cue cue = phrases.get(stem + v);
                    if (cue != null && cue.kind() == CueKind.VALENCE) {
                        return cue;
                    }
                }
            }
        }
        return null;
    }

    private Double affix(String word) {
        for (int len = word.length() - 1; len >= 4; len--) {
            Double v = prefixes.get(word.substring(0, len));
            if (v != null) {
                return v;
            }
        }
        if (word.length() >= 4 && prefixes.containsKey(word)) {
            return prefixes.get(word);
        }
        for (int cut = 1; cut <= word.length() - 4; cut++) {
            Double v = suffixes.get(word.substring(cut));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static Map<String, Cue> newTable() {
        return new HashMap<>();
    }
}
