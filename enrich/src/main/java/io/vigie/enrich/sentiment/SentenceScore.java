package io.vigie.enrich.sentiment;

import java.util.List;

/**
 * Polarity of one sentence.
 *
 * @param compound -1..1
 * @param cues     the polar words that decided it, "not X" when negated, "X↓" when reversed by a shifter
 * @param tense    whether the sentence describes a past state or the present that replaced it
 * @param strongest the strongest curated news valence in the sentence (signed, as scored), 0 when none
 * @param procedural the sentence reports a procedure or looks back (trial, vote, ceremony, anniversary)
 */
record SentenceScore(double compound, List<String> cues, Tense tense, double strongest, boolean procedural) {
    static final SentenceScore NEUTRAL = new SentenceScore(0, List.of());

    SentenceScore(double compound, List<String> cues) {
        this(compound, cues, Tense.NONE, 0, false);
    }

    SentenceScore withCompound(double compound, List<String> cues) {
        return new SentenceScore(compound, cues, tense, strongest, procedural);
    }

    /** "Long seen as the capital of crime. Now ..." : a story is judged on the present, not the past. */
    enum Tense { NONE, PAST, NOW }
}
