package io.vigie.index.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class IndexNamesTest {

    @Test
    void monthIsTakenInUtcWhateverTheLocalZone() {
        assertThat(IndexNames.monthOf(Instant.parse("2026-11-30T23:59:59Z"))).isEqualTo(YearMonth.of(2026, 11));
        assertThat(IndexNames.monthOf(Instant.parse("2026-12-01T00:00:00Z"))).isEqualTo(YearMonth.of(2026, 12));
        // 00:30 in Paris on 1 December is still November in UTC.
        assertThat(IndexNames.monthOf(Instant.parse("2026-11-30T23:30:00Z"))).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void namesAreZeroPaddedAndMatchTheTemplatePattern() {
        assertThat(IndexNames.monthAlias(YearMonth.of(2026, 3))).isEqualTo("vigie-mentions-2026.03");
        assertThat(IndexNames.concreteIndex(YearMonth.of(2026, 3), 1)).isEqualTo("vigie-mentions-2026.03-000001");
        assertThat(IndexNames.concreteIndex(YearMonth.of(2026, 3), 12)).startsWith("vigie-mentions-");
    }

    @Test
    void generationIsReadBackFromConcreteNamesOnly() {
        assertThat(IndexNames.generationOf("vigie-mentions-2026.03-000042")).contains(42);
        assertThat(IndexNames.generationOf("vigie-mentions-2026.03")).isEmpty();
        assertThat(IndexNames.generationOf("other-2026.03-000001")).isEmpty();
    }

    @Test
    void corruptYearsHaveNoIndex() {
        assertThatThrownBy(() -> IndexNames.monthAlias(YearMonth.of(20226, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20226");
        assertThatThrownBy(() -> IndexNames.concreteIndex(YearMonth.of(2026, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
