package io.vigie.index.story;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Jaccard similarity of two titles' word sets (lower-cased, accents stripped, words of 3+ letters), the
 * guard against two different short texts whose SimHashes happen to be close. Syndicated copies keep
 * most title words even when an outlet retitles ("Marseille : ..." vs "A Marseille, ...").
 */
public final class TitleSimilarity {
    private TitleSimilarity() {
    }

    /** 1.0 when either title is missing: then the fingerprint alone decides. */
    public static double of(String a, String b) {
        return of(words(a), words(b));
    }

    /** The same on word sets from {@link #words(String)}. */
    public static double of(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 1.0;
        }
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return (double) inter.size() / union.size();
    }

    public static Set<String> words(String title) {
        Set<String> out = new HashSet<>();
        if (title == null) {
            return out;
        }
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }
}
