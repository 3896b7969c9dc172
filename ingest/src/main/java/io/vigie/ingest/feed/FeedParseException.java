package io.vigie.ingest.feed;

/** A feed document that cannot be read; the message names the source and the reason. */
public final class FeedParseException extends Exception {
    private final String sourceId;
    private final String reason;
    private final FeedFailure kind;

    public FeedParseException(String sourceId, String reason, Throwable cause) {
        this(sourceId, FeedFailure.MALFORMED, reason, cause);
    }

    public FeedParseException(String sourceId, FeedFailure kind, String reason, Throwable cause) {
        super("source " + sourceId + ": malformed feed: " + reason, cause);
        this.sourceId = sourceId;
        this.reason = reason;
        this.kind = kind;
    }

    public String sourceId() {
        return sourceId;
    }

    public String reason() {
        return reason;
    }

    public FeedFailure kind() {
        return kind;
    }
}
