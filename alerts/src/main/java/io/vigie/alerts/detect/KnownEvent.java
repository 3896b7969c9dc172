package io.vigie.alerts.detect;

import java.time.Instant;
import java.util.Objects;

/**
 * A predictable event (festival, match, summit) whose coverage is expected to be unusual: windows
 * overlapping it get a baseline multiplied by {@code widen}.
 *
 * @param name  shown in alerts
 * @param start inclusive
 * @param end   exclusive
 * @param widen baseline multiplier, >= 1
 */
public record KnownEvent(String name, Instant start, Instant end, double widen) {
    public KnownEvent {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("alerts knownEvents: name is required");
        }
        Objects.requireNonNull(start, "alerts knownEvents '" + name + "': start is required");
        Objects.requireNonNull(end, "alerts knownEvents '" + name + "': end is required");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("alerts knownEvents '" + name + "': end must be after start");
        }
        if (widen == 0) {
            widen = 2.0;
        }
        if (widen < 1 || widen > 100) {
            throw new IllegalArgumentException("alerts knownEvents '" + name + "': widen must be in 1..100, was " + widen);
        }
    }

    public boolean overlaps(Instant windowStart, Instant windowEnd) {
        return start.isBefore(windowEnd) && end.isAfter(windowStart);
    }
}
