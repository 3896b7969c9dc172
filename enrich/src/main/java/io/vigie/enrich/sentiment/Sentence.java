package io.vigie.enrich.sentiment;

import java.util.List;

/**
 * A sentence of the document.
 *
 * @param index position in the document (the title, when present, is 0)
 * @param start offset in the document
 * @param end   end offset (exclusive)
 * @param text  the sentence as written
 * @param words its words
 * @param title whether it is the headline
 */
record Sentence(int index, int start, int end, String text, List<Word> words, boolean title) {
}
