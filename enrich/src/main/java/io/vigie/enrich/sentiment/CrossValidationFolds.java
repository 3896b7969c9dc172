package io.vigie.enrich.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Assigns labeled items to K folds so that near-duplicates (the same story written twice, across the
 * dev splits and the former blind sets) never sit on both sides of a split, and each language is spread
 * evenly over the folds. Deterministic: the same items give the same folds. A pure function.
 */
final class CrossValidationFolds {
    /** Word-set Jaccard at or above which two items count as the same story. */
    static final double NEAR_DUPLICATE = 0.5;

    private CrossValidationFolds() {
    }

    /**
     * @param words    folded words of each item
     * @param language language of each item (the stratum)
     * @return the fold of each item, in [0, k)
     */
    static int[] assign(List<List<String>> words, List<String> language, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be >= 2, got " + k);
        }
        if (words.size() != language.size()) {
            throw new IllegalArgumentException("words and language differ in size: " + words.size() + " vs " + language.size());
        }
        int n = words.size();
        int[] parent = new int[n];
        List<Set<String>> sets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            sets.add(new HashSet<>(words.get(i)));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (jaccard(sets.get(i), sets.get(j)) >= NEAR_DUPLICATE) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        // groups in order of first member; each group goes to its language's next fold in turn
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        Map<Integer, Integer> firstOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            int first = firstOf.computeIfAbsent(root, r -> groups.size());
            groups.computeIfAbsent(first, g -> new ArrayList<>()).add(i);
        }
        Map<String, Integer> next = new HashMap<>();
        int[] fold = new int[n];
        for (List<Integer> members : groups.values()) {
            String lang = language.get(members.get(0));
            int f = next.merge(lang, 1, Integer::sum) - 1;
            for (int i : members) {
                fold[i] = f % k;
            }
        }
        return fold;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
