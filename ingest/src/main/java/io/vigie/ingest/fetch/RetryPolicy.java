package io.vigie.ingest.fetch;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Which failures are worth another attempt, and after how long: exponential backoff with jitter,
 * or the server's Retry-After when it gave one. A Retry-After longer than {@code maxDelay} ends
 * the attempts: the source-level backoff is the right place for long waits, not a blocked thread.
 *
 * @param maxAttempts attempts in total, 1 disables retries
 * @param baseDelay   delay before the second attempt (doubled for each further one)
 * @param maxDelay    cap on one delay
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("fetch.maxAttempts must be within 1..10, got " + maxAttempts);
        }
        if (baseDelay == null || baseDelay.isNegative()) {
            throw new IllegalArgumentException("fetch.retryBaseDelay must not be negative, got " + baseDelay);
        }
        if (maxDelay == null || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("fetch.retryMaxDelay must be at least fetch.retryBaseDelay, got " + maxDelay);
        }
    }

    /** Transient failures: timeouts, connection problems, HTTP 408, 429 and 5xx. */
    public static boolean retryable(FetchException e) {
        return switch (e.kind()) {
            case TIMEOUT, CONNECTION -> true;
            case HTTP_STATUS -> e.status() == 408 || e.status() == 429 || e.status() >= 500;
            default -> false;
        };
    }

    /**
     * @param failedAttempt the attempt that just failed, from 1
     * @param random        uniform in [0, 1), for jitter
     * @return the wait before the next attempt, or empty to give up
     */
    public Optional<Duration> delayAfter(int failedAttempt, FetchException failure, DoubleSupplier random) {
        if (failedAttempt >= maxAttempts || !retryable(failure)) {
            return Optional.empty();
        }
        if (failure.retryAfter() != null) {
            return failure.retryAfter().compareTo(maxDelay) > 0 ? Optional.empty() : Optional.of(failure.retryAfter());
        }
        long base = baseDelay.toMillis();
        long exp = base << Math.min(failedAttempt - 1, 20);
        long capped = Math.min(exp < 0 ? Long.MAX_VALUE : exp, maxDelay.toMillis());
        // "Equal jitter": at least half the delay, so retries never come back immediately.
        long jittered = capped / 2 + (long) (random.getAsDouble() * (capped - capped / 2));
        return Optional.of(Duration.ofMillis(jittered));
    }
}
