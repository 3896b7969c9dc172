package io.vigie.ingest.fetch;

import java.net.URI;

/** A fetch that failed; the message reads "source X: URL: reason". */
public final class FetchException extends Exception {
    private final FetchFailure kind;
    private final String sourceId;
    private final URI url;
    private final String reason;
    private final int status;

    public FetchException(FetchFailure kind, String sourceId, URI url, String reason) {
        this(kind, sourceId, url, reason, 0, null);
    }

    public FetchException(FetchFailure kind, String sourceId, URI url, String reason, int status, Throwable cause) {
        super("source " + sourceId + ": " + url + ": " + reason, cause);
        this.kind = kind;
        this.sourceId = sourceId;
        this.url = url;
        this.reason = reason;
        this.status = status;
    }

    public static FetchException httpStatus(String sourceId, URI url, int status) {
        return new FetchException(FetchFailure.HTTP_STATUS, sourceId, url, "HTTP " + status, status, null);
    }

    public FetchFailure kind() {
        return kind;
    }

    public String sourceId() {
        return sourceId;
    }

    public URI url() {
        return url;
    }

    /** Short reason, e.g. "HTTP 404", "timeout after 10s", "body larger than 5 MB". */
    public String reason() {
        return reason;
    }

    /** HTTP status for {@link FetchFailure#HTTP_STATUS}, 0 otherwise. */
    public int status() {
        return status;
    }
}
