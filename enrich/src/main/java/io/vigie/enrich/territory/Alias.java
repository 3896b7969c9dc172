package io.vigie.enrich.territory;

import java.util.List;

/**
 * One way of writing an entry.
 *
 * @param text    as written in the gazetteer
 * @param keys    folded tokens (the trie path)
 * @param surface accent-stripped tokens with their case, checked when the policy is case-sensitive
 */
record Alias(String text, List<String> keys, List<String> surface, Entry entry, Policy policy) {

    static Alias of(String text, Entry entry, Policy policy) {
        List<Token> tokens = Tokenizer.tokenize(text, Section.BODY);
        return new Alias(text, tokens.stream().map(Token::norm).toList(),
                tokens.stream().map(t -> Normalizer.stripAccents(t.surface())).toList(), entry, policy);
    }

    boolean fitsCase(List<Token> tokens, int from) {
        if (!policy.exactCase) {
            return true;
        }
        for (int i = 0; i < surface.size(); i++) {
            if (!surface.get(i).equals(Normalizer.stripAccents(tokens.get(from + i).surface()))) {
                return false;
            }
        }
        return true;
    }
}
