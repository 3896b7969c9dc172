package io.vigie.enrich.territory;

/**
 * One word of the text.
 *
 * @param norm           accent-folded lower-case form (matching key)
 * @param surface        the word as written
 * @param start          offset in its section's text
 * @param end            end offset (exclusive)
 * @param section        title, lead or body
 * @param boundaryBefore a clause break (, . ; : ! ? parentheses, new section) separates it from the
 *                       previous token: multi-word names never span one
 */
record Token(String norm, String surface, int start, int end, Section section, boolean boundaryBefore) {

    boolean capitalised() {
        return !surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0));
    }
}
