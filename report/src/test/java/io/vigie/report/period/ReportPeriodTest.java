package io.vigie.report.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void isoWeekIsMondayToSundayInParis() {
        ReportPeriod w = ReportPeriod.isoWeek("2026-W47", PARIS);
        assertThat(w.firstDay()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(w.lastDay()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(w.start()).hasToString("2026-11-15T23:00:00Z");
        assertThat(w.shiftBack(1).label()).isEqualTo("2026-11-09..2026-11-15");
        assertThat(ReportPeriod.isoWeek("2027-W01", PARIS).firstDay()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void aWeekAcrossTheDstChangeHas167Hours() {
        ReportPeriod w = ReportPeriod.isoWeek("2026-W13", PARIS);
        assertThat(Duration.between(w.start(), w.end())).isEqualTo(Duration.ofHours(167));
    }

    @Test
    void badInputIsRejectedWithTheReason() {
        assertThatThrownBy(() -> ReportPeriod.isoWeek("2026-47", PARIS)).hasMessageContaining("2026-W47");
        assertThatThrownBy(() -> ReportPeriod.isoWeek("2026-W54", PARIS)).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ReportPeriod.between("2026-11-20", "2026-11-10", PARIS)).hasMessageContaining("before");
        assertThatThrownBy(() -> ReportPeriod.lastDays(0, LocalDate.now(), PARIS)).hasMessageContaining("days");
    }
}
