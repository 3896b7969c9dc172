package io.vigie.index.bulk;

/** What to do with one bulk item after Elasticsearch answered for it. */
public enum ItemOutcome {
    /** Indexed. */
    INDEXED,
    /** A newer enrichment of the same mention is already there (external version conflict). */
    SUPERSEDED,
    /** Transient for this item (429, 5xx, timeout): retry it with backoff, a bounded number of times. */
    RETRY,
    /** The cluster refuses us, not the document (401/403): retry forever, as if Elasticsearch were down. */
    CLUSTER_UNAVAILABLE,
    /** The month's write alias is gone: re-create it, then retry. */
    MISSING_INDEX,
    /** Elasticsearch will never accept this document (mapping or parse error): dead-letter it. */
    REJECTED;

    public static ItemOutcome of(int status, String errorType) {
        if (errorType == null && status >= 200 && status < 300) {
            return INDEXED;
        }
        if (status == 409 || "version_conflict_engine_exception".equals(errorType)) {
            return SUPERSEDED;
        }
        if (status == 401 || status == 403) {
            return CLUSTER_UNAVAILABLE;
        }
        if (status == 404 || "index_not_found_exception".equals(errorType)) {
            return MISSING_INDEX;
        }
        if (status == 408 || status == 429 || status >= 500) {
            return RETRY;
        }
        return REJECTED;
    }
}
