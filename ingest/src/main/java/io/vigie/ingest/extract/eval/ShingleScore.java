package io.vigie.ingest.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Main-text scoring shared with the project's benchmark: {@code \w+} Unicode tokens (case kept),
 * multisets of overlapping 4-token shingles, TP = multiset intersection.
 *
 * @param precision TP / extracted shingles (0 when nothing was extracted but something was expected)
 * @param recall    TP / truth shingles
 */
public record ShingleScore(double precision, double recall) {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    static final int N = 4;

    public static ShingleScore of(String extracted, String truth) {
        Map<String, Integer> got = shingles(extracted);
        Map<String, Integer> want = shingles(truth);
        int gotTotal = total(got);
        int wantTotal = total(want);
        if (gotTotal == 0 && wantTotal == 0) {
            return new ShingleScore(1, 1);
        }
        int tp = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            tp += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        double p = gotTotal == 0 ? 0 : (double) tp / gotTotal;
        double r = wantTotal == 0 ? 0 : (double) tp / wantTotal;
        return new ShingleScore(p, r);
    }

    public double f1() {
        return f1(precision, recall);
    }

    public static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Overlapping N-token shingles; a text shorter than N tokens is one shingle. */
    static Map<String, Integer> shingles(String text) {
        List<String> t = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        if (t.isEmpty()) {
            return out;
        }
        if (t.size() < N) {
            out.put(String.join(" ", t), 1);
            return out;
        }
        for (int i = 0; i + N <= t.size(); i++) {
            out.merge(String.join(" ", t.subList(i, i + N)), 1, Integer::sum);
        }
        return out;
    }

    private static int total(Map<String, Integer> m) {
        int n = 0;
        for (int v : m.values()) {
            n += v;
        }
        return n;
    }
}
