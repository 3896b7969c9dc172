package io.vigie.enrich.transitions;

/**
 * Where a cue fired.
 *
 * @param from    first word index
 * @param to      word index after the last one
 * @param surface the words as written, quoted as evidence
 */
record CueMatch(Cue cue, int from, int to, String surface, boolean title, int sentence) {
}
