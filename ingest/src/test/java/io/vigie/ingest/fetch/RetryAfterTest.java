package io.vigie.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-07-21T10:00:00Z");

    @Test
    void parsesSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse("Tue, 21 Jul 2026 10:05:00 GMT", NOW)).contains(Duration.ofMinutes(5));
        assertThat(RetryAfter.parse("Tue, 21 Jul 2026 09:00:00 GMT", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isEmpty();
    }

    @Test
    void retryPolicyOnlyRetriesTransientFailures() {
        RetryPolicy p = new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(5));
        URI u = URI.create("https://example.org/");
        FetchException timeout = new FetchException(FetchFailure.TIMEOUT, "s", u, "timeout after 10s");
        assertThat(p.delayAfter(1, timeout, () -> 0.0)).contains(Duration.ofSeconds(1));
        assertThat(p.delayAfter(2, timeout, () -> 0.0)).contains(Duration.ofSeconds(2));
        assertThat(p.delayAfter(3, timeout, () -> 0.999)).hasValueSatisfying(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(5)));
        assertThat(p.delayAfter(4, timeout, () -> 0.0)).isEmpty();
        assertThat(p.delayAfter(1, FetchException.httpStatus("s", u, 404), () -> 0.0)).isEmpty();
        assertThat(p.delayAfter(1, new FetchException(FetchFailure.TOO_LARGE, "s", u, "big"), () -> 0.0)).isEmpty();
        assertThat(p.delayAfter(1, FetchException.httpStatus("s", u, 503, Duration.ofSeconds(4)), () -> 0.0))
                .contains(Duration.ofSeconds(4));
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .hasMessage("fetch.maxAttempts must be within 1..10, got 0");
    }
}
