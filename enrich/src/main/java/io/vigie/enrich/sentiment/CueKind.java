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
    CONCESSION
}
