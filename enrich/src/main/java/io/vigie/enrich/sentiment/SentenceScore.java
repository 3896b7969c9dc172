package io.vigie.enrich.sentiment;

import java.util.List;

/**
 * Polarity of one sentence.
 *
 * @param compound -1..1
 * @param cues     the polar words that decided it, "not X" when negated
 */
record SentenceScore(double compound, List<String> cues) {
    static final SentenceScore NEUTRAL = new SentenceScore(0, List.of());
}
