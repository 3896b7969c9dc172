package io.vigie.index.bulk;

/** Why a record was dead-lettered, carried as the dead letter's error. */
public final class IndexingFailure extends RuntimeException {
    private final DeadLetterReason reason;

    public IndexingFailure(DeadLetterReason reason, String message, Throwable cause) {
        super(reason.code() + ": " + message, cause);
        this.reason = reason;
    }

    public DeadLetterReason reason() {
        return reason;
    }
}
