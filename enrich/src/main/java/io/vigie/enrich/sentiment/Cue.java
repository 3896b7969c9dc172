package io.vigie.enrich.sentiment;

/**
 * A lexicon entry.
 *
 * @param kind   what it does
 * @param value  valence (-1..1) for {@link CueKind#VALENCE}, factor for {@link CueKind#MODIFIER}, else 0
 * @param source which lexicon it came from, for evidence and debugging
 */
record Cue(CueKind kind, double value, String source) {
}
