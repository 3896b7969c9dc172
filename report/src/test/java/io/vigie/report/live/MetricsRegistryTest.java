package io.vigie.report.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsRegistryTest {
    @Test
    void writesPrometheusTextWithEscapedLabels() {
        MetricsRegistry r = new MetricsRegistry();
        r.increment("vigie_errors_total", "Errors by kind", Map.of("kind", "http \"503\"\n", "stage", "ingest"), 2);
        r.increment("vigie_errors_total", "Errors by kind", Map.of("stage", "ingest", "kind", "http \"503\"\n"), 1);
        r.set("vigie_consumer_lag", MetricsRegistry.Type.GAUGE, "Lag", Map.of("group", "index"), 1.5);
        assertThat(r.scrape()).isEqualTo("""
                # HELP vigie_consumer_lag Lag
                # TYPE vigie_consumer_lag gauge
                vigie_consumer_lag{group="index"} 1.5
                # HELP vigie_errors_total Errors by kind
                # TYPE vigie_errors_total counter
                vigie_errors_total{kind="http \\"503\\"\\n",stage="ingest"} 3
                """);
    }

    @Test
    void rejectsBadNamesAndDecreasingCounters() {
        MetricsRegistry r = new MetricsRegistry();
        assertThatThrownBy(() -> r.increment("bad-name", "", Map.of(), 1)).hasMessageContaining("bad-name");
        assertThatThrownBy(() -> r.increment("ok", "", Map.of("__x", "1"), 1)).hasMessageContaining("__x");
        assertThatThrownBy(() -> r.increment("ok", "", Map.of(), -1)).hasMessageContaining("cannot go down");
    }
}
