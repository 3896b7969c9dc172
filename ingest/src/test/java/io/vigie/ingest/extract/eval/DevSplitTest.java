package io.vigie.ingest.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DevSplitTest {

    @Test
    void splitIsStableAndAboutThirtyPercentHeldOut() {
        int held = 0;
        for (int i = 0; i < 2000; i++) {
            String name = String.format("%04d.html", i);
            assertThat(DevSplit.of(name)).isEqualTo(DevSplit.of(name));
            if (DevSplit.of(name) == DevSplit.HELD_OUT) {
                held++;
            }
        }
        assertThat(held).isBetween(500, 700);
    }
}
