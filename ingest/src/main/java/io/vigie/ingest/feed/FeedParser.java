package io.vigie.ingest.feed;

import java.net.URI;

/**
 * Turns feed bytes into entries. Kept small so that a lenient parser (recovering broken feeds)
 * can wrap or replace the strict one later.
 */
public interface FeedParser {

    /**
     * @param sourceId    for error messages
     * @param feedUrl     final URL of the feed; relative entry links resolve against it
     * @param body        raw bytes
     * @param contentType Content-Type header (charset hint), may be null
     */
    ParsedFeed parse(String sourceId, URI feedUrl, byte[] body, String contentType) throws FeedParseException;
}
