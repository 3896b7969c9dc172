package io.vigie.index.bulk;

/** Why the index stage gave up on a record; the counter key and the dead letter's error kind. */
public enum DeadLetterReason {
    /** The bytes are not an enriched mention. */
    UNREADABLE("unreadable"),
    /** A readable event that cannot become a document (e.g. impossible dates). */
    UNMAPPABLE("unmappable"),
    /** The document exceeds the configured maximum size. */
    TOO_LARGE("too_large"),
    /** Elasticsearch refused the document (mapping or parse error). */
    REJECTED("rejected"),
    /** Elasticsearch kept answering 429/5xx for this document. */
    RETRIES_EXHAUSTED("retries_exhausted");

    private final String code;

    DeadLetterReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
