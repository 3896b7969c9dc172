package io.vigie.report.health;

import java.time.Duration;
import java.time.Instant;

/**
 * Health of one source as the ingest stage last saw it.
 *
 * @param lastSuccess last successful poll, null if never
 * @param lastError   last error message, null if none
 * @param lastErrorAt when it happened, null if none
 */
public record SourceHealth(String sourceId, String outlet, Instant lastSuccess, String lastError, Instant lastErrorAt,
                           long itemsSeen) {

    /** Up when it succeeded within {@code staleAfter} of {@code now} and has not failed since. */
    public boolean up(Instant now, Duration staleAfter) {
        if (lastSuccess == null || lastSuccess.isBefore(now.minus(staleAfter))) {
            return false;
        }
        return lastErrorAt == null || !lastErrorAt.isAfter(lastSuccess);
    }
}
