package io.vigie.report.data;

import java.time.Instant;

/** One alert step as written by the alerting stage to {@code vigie-alerts}. */
public record AlertRow(Instant timestamp, String incidentId, String step, String severity, String pillar,
                       Double observed, Double baseline, Double factor, Instant windowStart, Instant windowEnd) {
}
