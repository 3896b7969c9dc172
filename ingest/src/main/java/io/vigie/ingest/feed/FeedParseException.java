package io.vigie.ingest.feed;

/** A feed document that cannot be read; the message names the source and the reason. */
public final class FeedParseException extends Exception {
    private final String sourceId;
    private final String reason;

    public FeedParseException(String sourceId, String reason, Throwable cause) {
        super("source " + sourceId + ": malformed feed: " + reason, cause);
        this.sourceId = sourceId;
        this.reason = reason;
    }

    public String sourceId() {
        return sourceId;
    }

    public String reason() {
        return reason;
    }
}
