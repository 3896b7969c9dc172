package io.vigie.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tue, 21 Jul 2026 22:10:00 +0200      | 2026-07-21T20:10:00Z",
            "Fri, 21 Jul 2026 22:10:00 +0200      | 2026-07-21T20:10:00Z", // wrong day name
            "Tues, 21 Jul 2026 22:10 +02:00       | 2026-07-21T20:10:00Z",
            "21 Jul 26 22:10:00 GMT               | 2026-07-21T22:10:00Z",
            "Tue, 21 Jul 2026 22:10:00 EDT        | 2026-07-22T02:10:00Z",
            "Tue, 21 Jul 2026 22:10:00 XYZ        | 2026-07-21T22:10:00Z", // unknown zone read as UTC
            "Tue, 21 July 2026 22:10:00           | 2026-07-21T22:10:00Z",
            "mar., 21 juil. 2026 22:10:00 +0200   | 2026-07-21T20:10:00Z",
            "2026-07-21T22:10:00+02:00            | 2026-07-21T20:10:00Z",
            "2026-07-21T22:10:00.123Z             | 2026-07-21T22:10:00.123Z",
            "2026-07-21T22:10Z                    | 2026-07-21T22:10:00Z",
            "2026-07-21 22:10:00                  | 2026-07-21T22:10:00Z",
            "2026-07-21T22:10:00+0200             | 2026-07-21T20:10:00Z",
            "2026-07-21                           | 2026-07-21T00:00:00Z",
    })
    void parsesToUtc(String raw, String expected) {
        assertThat(FeedDates.parse(raw)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void garbageIsNull() {
        assertThat(FeedDates.parse("yesterday")).isNull();
        assertThat(FeedDates.parse("")).isNull();
        assertThat(FeedDates.parse(null)).isNull();
        assertThat(FeedDates.parse("32 Jul 2026 10:00:00 GMT")).isNull();
    }
}
