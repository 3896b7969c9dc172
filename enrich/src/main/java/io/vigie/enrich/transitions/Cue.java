package io.vigie.enrich.transitions;

/**
 * One rule line: when {@code pattern} occurs in a text of {@code language}, add {@code weight} to
 * {@code label} (a theme, or a frame).
 *
 * @param language ISO 639-1 code, or "*" for names that read the same in every language
 * @param origin   file and line, quoted in load errors
 */
record Cue(String label, String language, double weight, CuePattern pattern, String origin) {
}
