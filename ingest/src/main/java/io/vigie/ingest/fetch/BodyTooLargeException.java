package io.vigie.ingest.fetch;

import java.io.IOException;

/** Raised while streaming or decompressing a body that goes past the limit. */
final class BodyTooLargeException extends IOException {
    BodyTooLargeException(String message) {
        super(message);
    }
}
