package io.vigie.alerts.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** At most {@code maxPerHour} e-mails in any sliding hour, all recipients and incidents together. */
public final class RateLimit {
    private final int maxPerHour;
    private final Clock clock;
    private final Deque<Instant> sent = new ArrayDeque<>();

    public RateLimit(int maxPerHour, Clock clock) {
        if (maxPerHour < 1) {
            throw new IllegalArgumentException("alerts maxEmailsPerHour must be >= 1, was " + maxPerHour);
        }
        this.maxPerHour = maxPerHour;
        this.clock = clock;
    }

    /** Takes a slot when one is free. */
    public synchronized boolean tryAcquire() {
        Instant now = clock.instant();
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(now.minus(Duration.ofHours(1)))) {
            sent.removeFirst();
        }
        if (sent.size() >= maxPerHour) {
            return false;
        }
        sent.addLast(now);
        return true;
    }
}
