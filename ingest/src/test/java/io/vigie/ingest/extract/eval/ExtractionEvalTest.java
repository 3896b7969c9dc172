package io.vigie.ingest.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExtractionEvalTest {

    @Test
    void aUtcInstantMatchesTheTruthsLocalDayInSomeTimeZoneOnly() {
        // 03:52 UTC on the 10th is still the 9th in New York.
        assertThat(ExtractionEval.sameDay(Instant.parse("2024-12-10T03:52:11Z"), "2024-12-09")).isTrue();
        // 10:30 UTC on the 8th is already the 9th in Kiritimati (UTC+14).
        assertThat(ExtractionEval.sameDay(Instant.parse("2024-12-08T10:30:00Z"), "2024-12-09")).isTrue();
        assertThat(ExtractionEval.sameDay(Instant.parse("2024-12-08T09:59:00Z"), "2024-12-09")).isFalse();
        assertThat(ExtractionEval.sameDay(Instant.parse("2024-12-10T12:00:00Z"), "2024-12-09")).isFalse();
        assertThat(ExtractionEval.sameDay(null, "2024-12-09")).isFalse();
        assertThat(ExtractionEval.sameDay(Instant.parse("2024-12-09T00:00:00Z"), "9 Dec 2024")).isFalse();
    }
}
