package io.vigie.ingest.gdelt;

/** A GDELT answer that is not the expected JSON (GDELT answers query errors as plain text). */
public final class GdeltParseException extends Exception {
    public GdeltParseException(String message) {
        super(message);
    }
}
