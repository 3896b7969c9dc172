package io.vigie.ingest.fetch;

import java.net.URI;
import java.time.Duration;

/** A fetch that failed; the message reads "source X: URL: reason". */
public final class FetchException extends Exception {
    private final FetchFailure kind;
    private final String sourceId;
    private final URI url;
    private final String reason;
    private final int status;
    private final Duration retryAfter;

    public FetchException(FetchFailure kind, String sourceId, URI url, String reason) {
        this(kind, sourceId, url, reason, 0, null);
    }

    public FetchException(FetchFailure kind, String sourceId, URI url, String reason, int status, Throwable cause) {
        this(kind, sourceId, url, reason, status, null, cause);
    }

    private FetchException(FetchFailure kind, String sourceId, URI url, String reason, int status, Duration retryAfter,
                           Throwable cause) {
        super("source " + sourceId + ": " + url + ": " + reason, cause);
        this.kind = kind;
        this.sourceId = sourceId;
        this.url = url;
        this.reason = reason;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public static FetchException httpStatus(String sourceId, URI url, int status) {
        return httpStatus(sourceId, url, status, null);
    }

    /** @param retryAfter the server's Retry-After, or null */
    public static FetchException httpStatus(String sourceId, URI url, int status, Duration retryAfter) {
        String reason = "HTTP " + status + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + "s)");
        return new FetchException(FetchFailure.HTTP_STATUS, sourceId, url, reason, status, retryAfter, null);
    }

    /** Retry-After sent with a 429/503, or null. */
    public Duration retryAfter() {
        return retryAfter;
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
