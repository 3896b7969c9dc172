package io.vigie.ingest.fetch;

import java.time.Duration;

/** Waiting, replaceable in tests so that backoff logic is checked without real delays. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> {
        if (d.isPositive()) {
            Thread.sleep(d);
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
