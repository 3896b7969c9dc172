package io.vigie.enrich.sentiment;

/**
 * One word of a sentence.
 *
 * @param text           lower-cased form, accents kept (the lexicons keep them)
 * @param start          offset in the document
 * @param end            end offset (exclusive)
 * @param clauseBreak    a comma, semicolon, colon, dash or parenthesis separates it from the previous word
 * @param quoted         inside quotation marks: reported speech, or a scare quote
 */
record Word(String text, int start, int end, boolean clauseBreak, boolean quoted) {
}
