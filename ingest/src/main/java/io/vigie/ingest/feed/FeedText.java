package io.vigie.ingest.feed;

import java.util.List;

/**
 * A feed document decoded to characters.
 *
 * @param text    the document, without byte order mark
 * @param charset the charset actually used
 * @param repairs what had to be guessed (e.g. declared UTF-8 but Latin-1 bytes); empty when the declaration held
 */
record FeedText(String text, String charset, List<String> repairs) {
    FeedText {
        repairs = List.copyOf(repairs);
    }
}
