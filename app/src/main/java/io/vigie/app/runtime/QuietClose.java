package io.vigie.app.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stopping several things in a row: a failure to close one is logged and the others still close,
 * so that a broken client never leaves a broker or an Elasticsearch process running.
 */
public final class QuietClose {
    private static final Logger LOG = LoggerFactory.getLogger(QuietClose.class);

    private QuietClose() {
    }

    /** Closes each non-null argument in order. */
    public static void all(AutoCloseable... closeables) {
        for (AutoCloseable closeable : closeables) {
            if (closeable == null) {
                continue;
            }
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("while stopping {}: {}", closeable.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
