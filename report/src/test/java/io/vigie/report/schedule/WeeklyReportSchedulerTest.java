package io.vigie.report.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WeeklyReportSchedulerTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void mondayRunReportsOnTheWeekBefore() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 20, 12, 0, 0, 0, PARIS);
        try (WeeklyReportScheduler scheduler = new WeeklyReportScheduler(ScheduleSettings.DEFAULTS,
                Clock.fixed(now.toInstant(), PARIS), period -> { })) {
            scheduler.start();
            assertThat(scheduler.nextRun()).isEqualTo(ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, PARIS));
            assertThat(scheduler.periodFor(scheduler.nextRun()).label()).isEqualTo("2026-W47");
            assertThat(scheduler.periodFor(ZonedDateTime.of(2027, 1, 4, 8, 0, 0, 0, PARIS)).label()).isEqualTo("2026-W53");
        }
    }
}
