package io.vigie.ingest.fetch;

/** Kinds of fetch failure; {@link #code()} is used as counter key. */
public enum FetchFailure {
    HTTP_STATUS("http_status"),
    TIMEOUT("timeout"),
    TOO_LARGE("too_large"),
    REDIRECT("redirect"),
    BLOCKED_ADDRESS("blocked_address"),
    UNKNOWN_HOST("unknown_host"),
    CONNECTION("connection"),
    INVALID_URL("invalid_url"),
    BAD_ENCODING("bad_encoding");

    private final String code;

    FetchFailure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
