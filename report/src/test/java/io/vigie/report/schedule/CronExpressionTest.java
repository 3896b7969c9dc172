package io.vigie.report.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CronExpressionTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void mondayEightOClockInParis() {
        CronExpression cron = CronExpression.parse("0 8 * * MON");
        ZonedDateTime sunday = ZonedDateTime.of(2026, 11, 22, 23, 30, 0, 0, PARIS);
        assertThat(cron.next(sunday)).isEqualTo(ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, PARIS));
        ZonedDateTime atFire = ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, PARIS);
        assertThat(cron.next(atFire)).as("strictly after").isEqualTo(ZonedDateTime.of(2026, 11, 30, 8, 0, 0, 0, PARIS));
    }

    @Test
    void acrossTheSpringDstChangeTheWallClockTimeIsKept() {
        CronExpression cron = CronExpression.parse("0 8 * * 1");
        ZonedDateTime before = ZonedDateTime.of(2027, 3, 25, 12, 0, 0, 0, PARIS);
        ZonedDateTime next = cron.next(before);
        assertThat(next.toLocalDateTime()).hasToString("2027-03-29T08:00");
        assertThat(next.getOffset().getTotalSeconds()).isEqualTo(7200);
    }

    @Test
    void listsRangesStepsAndSundayAsSeven() {
        CronExpression cron = CronExpression.parse("*/15 9-10 * * 7");
        ZonedDateTime sat = ZonedDateTime.of(2026, 11, 21, 12, 0, 0, 0, PARIS);
        assertThat(cron.next(sat)).isEqualTo(ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, PARIS));
        assertThat(cron.next(ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, PARIS)))
                .isEqualTo(ZonedDateTime.of(2026, 11, 22, 9, 15, 0, 0, PARIS));
        assertThat(cron.next(ZonedDateTime.of(2026, 11, 22, 10, 45, 0, 0, PARIS)))
                .isEqualTo(ZonedDateTime.of(2026, 11, 29, 9, 0, 0, 0, PARIS));
        assertThat(CronExpression.parse("30 6 1,15 JAN-MAR *").next(ZonedDateTime.of(2026, 4, 2, 0, 0, 0, 0, PARIS)))
                .isEqualTo(ZonedDateTime.of(2027, 1, 1, 6, 30, 0, 0, PARIS));
    }

    @Test
    void badExpressionsNameTheField() {
        assertThatThrownBy(() -> CronExpression.parse("0 8 * *")).hasMessageContaining("5 fields");
        assertThatThrownBy(() -> CronExpression.parse("0 25 * * MON")).hasMessageContaining("hour 25");
        assertThatThrownBy(() -> CronExpression.parse("0 8 * * FUNDAY")).hasMessageContaining("day-of-week");
        assertThatThrownBy(() -> CronExpression.parse("0 8 31 2 *").next(ZonedDateTime.now(PARIS)))
                .hasMessageContaining("never fires");
        assertThatThrownBy(() -> new ScheduleSettings("x", PARIS, true)).hasMessageContaining("report.schedule");
    }
}
