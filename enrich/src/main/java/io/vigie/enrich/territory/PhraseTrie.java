package io.vigie.enrich.territory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Token trie for leftmost-longest phrase matching. Built once, then read-only: safe to share between
 * threads. Matching is O(tokens x longest phrase), independent of the number of phrases.
 *
 * @param <T> payload attached to each phrase
 */
final class PhraseTrie<T> {

    /** A phrase found at tokens [start, end). */
    record Hit<T>(int start, int end, T payload) {
    }

    /** Accepts or rejects a candidate payload at a position (e.g. case-sensitive aliases). */
    interface Check<T> {
        boolean fits(T payload, List<Token> tokens, int start);
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<T> payloads = new ArrayList<>(1);
    }

    private final Node<T> root = new Node<>();

    PhraseTrie(List<T> phrases, Function<T, List<String>> keys) {
        for (T phrase : phrases) {
            List<String> path = keys.apply(phrase);
            if (path.isEmpty()) {
                continue;
            }
            Node<T> node = root;
            for (String key : path) {
                node = node.next.computeIfAbsent(key, k -> new Node<>());
            }
            node.payloads.add(phrase);
        }
    }

    List<Hit<T>> findAll(List<Token> tokens, Check<T> check) {
        List<Hit<T>> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit<T> best = longestAt(tokens, i, check);
            if (best == null) {
                i++;
            } else {
                hits.add(best);
                i = best.end();
            }
        }
        return hits;
    }

    private Hit<T> longestAt(List<Token> tokens, int start, Check<T> check) {
        Node<T> node = root;
        Hit<T> best = null;
        for (int j = start; j < tokens.size(); j++) {
            if (j > start && (tokens.get(j).boundaryBefore() || tokens.get(j).section() != tokens.get(start).section())) {
                break;
            }
            node = node.next.get(tokens.get(j).norm());
            if (node == null) {
                break;
            }
            // later payloads win: rules.tsv is loaded after the seed files and overrides them
            for (int p = node.payloads.size() - 1; p >= 0; p--) {
                T payload = node.payloads.get(p);
                if (check.fits(payload, tokens, start)) {
                    best = new Hit<>(start, j + 1, payload);
                    break;
                }
            }
        }
        return best;
    }
}
