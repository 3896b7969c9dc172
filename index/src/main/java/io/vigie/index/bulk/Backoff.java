package io.vigie.index.bulk;

import java.time.Duration;

/** Exponential backoff: initial, doubled per failure, capped. */
public record Backoff(Duration initial, Duration max) {

    /** Delay before retry number {@code failures} (1 = first retry). */
    public Duration delay(int failures) {
        if (failures <= 1) {
            return initial;
        }
        int shift = Math.min(failures - 1, 30);
        long millis = initial.toMillis() << shift;
        if (millis <= 0 || millis > max.toMillis()) {
            return max;
        }
        return Duration.ofMillis(millis);
    }
}
