package io.vigie.dashboards.kibana;

import java.util.List;

/** A failed Kibana call, with a kind the CLI can map to an exit code and a message naming the target and reason. */
public final class KibanaException extends RuntimeException {

    public enum Kind {
        UNREACHABLE, NOT_READY, AUTH, VERSION_MISMATCH, SPACE_NOT_FOUND, IMPORT_FAILED, HTTP_ERROR, BAD_RESPONSE
    }

    private final Kind kind;
    private final List<ImportError> importErrors;

    public KibanaException(Kind kind, String message) {
        this(kind, message, List.of(), null);
    }

    public KibanaException(Kind kind, String message, Throwable cause) {
        this(kind, message, List.of(), cause);
    }

    public KibanaException(Kind kind, String message, List<ImportError> importErrors, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.importErrors = List.copyOf(importErrors);
    }

    public Kind kind() {
        return kind;
    }

    public List<ImportError> importErrors() {
        return importErrors;
    }
}
