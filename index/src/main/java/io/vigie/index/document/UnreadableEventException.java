package io.vigie.index.document;

/** An event that can never be indexed, whatever the state of Elasticsearch. */
public class UnreadableEventException extends RuntimeException {
    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
