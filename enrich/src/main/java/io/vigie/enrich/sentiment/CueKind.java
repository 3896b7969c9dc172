package io.vigie.enrich.sentiment;

/** What a lexicon phrase does to the words around it. */
enum CueKind {
    /** Carries polarity. */
    VALENCE,
    /** Flips the polarity of the words after it. */
    NEGATOR,
    /** Negates only after "ne"/"n'" ("ne ... plus", "ne ... personne"); otherwise "plus" means "more". */
    WEAK_NEGATOR,
    /** Multiplies the next polar word: boosters above 1, dampeners below. */
    MODIFIER,
    /** Reported or uncertain: the sentence weighs less. */
    HEDGE,
    /** "but": the clause after it weighs more than the one before. */
    CONTRAST,
    /** "despite": the clause it opens weighs less. */
    CONCESSION,
    /**
     * Reverses the polar word it governs ("lower profit", "emplois manquent", "cut emissions", "baisse du
     * chômage"); when it governs none it keeps its own valence ("les travaux sont gelés").
     */
    SHIFTER,
    /** Marks a past state ("longtemps", "once", "lange"): what it says weighs less than the present. */
    PAST,
    /** Marks the present after a past state ("aujourd'hui", "now", "heute"): it weighs more. */
    NOW,
    /**
     * A commemoration or a trial looking back at an event ("seven years since", "procès", "hommage"): the
     * sentence reports on the past event, it does not portray the place anew, so its polarity weighs little.
     */
    RETROSPECT,
    /**
     * A procedural act reported as such ("vote", "budget", "candidates", "reinforcements", "hearing",
     * "booking required"): factual news whatever words surround it; weighs like {@link #RETROSPECT}.
     */
    PROCEDURAL
}
