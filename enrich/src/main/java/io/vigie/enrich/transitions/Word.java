package io.vigie.enrich.transitions;

/**
 * One word of the title or body.
 *
 * @param norm     folded matching key
 * @param start    offset in its section
 * @param end      end offset (exclusive)
 * @param title    whether it belongs to the title
 * @param sentence sentence number across the whole text (the title is sentence 0)
 */
record Word(String norm, int start, int end, boolean title, int sentence) {
}
