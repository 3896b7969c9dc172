package io.vigie.ingest.feed;

/** Why a feed could not be read; used for counters and reports. */
public enum FeedFailure {
    /** No bytes at all. */
    EMPTY,
    /** A DOCTYPE declaring entities: refused (XXE / entity expansion), never recovered. */
    UNSAFE_DTD,
    /** Not even a forgiving XML parse found elements. */
    NOT_XML,
    /** Well-formed (or repaired) XML, but not RSS or Atom (HTML page, OPML, unknown root). */
    NOT_A_FEED,
    /** Anything else that stopped the parse. */
    MALFORMED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
