package io.vigie.dashboards.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.dashboards.dashboard.Dashboard;
import io.vigie.dashboards.savedobject.JsonText;
import io.vigie.dashboards.vigie.SavedObjects;
import io.vigie.dashboards.vigie.VigieDataViews;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelTranslationTest {
    private final DashboardQueries translator = new DashboardQueries(VigieDataViews.all());
    private final TimeRange month = new TimeRange(Instant.parse("2026-10-01T00:00:00Z"),
            Instant.parse("2026-11-01T00:00:00Z"));

    @Test
    void everyPanelOfEveryDashboardTranslatesWithNoPlaceholderLeft() {
        int panels = 0;
        for (Dashboard d : SavedObjects.dashboards()) {
            List<PanelQuery> queries = translator.of(d, month);
            assertThat(queries.stream().map(PanelQuery::panelId).distinct().count())
                    .as(d.id()).isEqualTo(d.children().size());
            for (PanelQuery q : queries) {
                String body = JsonText.stringify(q.body());
                assertThat(body).as(q.key()).doesNotContain("%context%", "%dashboard_context", "%timefilter%");
                assertThat(body).as(q.key()).contains("2026-10-01T00:00:00Z");
            }
            panels += d.children().size();
        }
        assertThat(panels).isGreaterThan(35);
    }

    @Test
    void theDashboardQueryAndTheTimeRangeFilterEveryPanel() {
        PanelQuery q = translator.of(SavedObjects.dashboards().getFirst(), month).getFirst();
        String body = JsonText.stringify(q.body());
        assertThat(body).contains("{\"must_not\":[{\"match\":{\"relevant\":{\"query\":\"false\"}}}]}")
                .contains("\"range\":{\"@timestamp\":{\"gte\":\"2026-10-01T00:00:00Z\",\"lt\":\"2026-11-01T00:00:00Z\"");
    }

    @Test
    void kqlSubsetTranslatesAndAnythingElseIsRefused() {
        assertThat(JsonText.stringify(Kql.toQuery("sentiment.label : negative and not frames : \"for front\"")))
                .isEqualTo("{\"bool\":{\"filter\":[{\"match\":{\"sentiment.label\":{\"query\":\"negative\"}}}],"
                        + "\"must_not\":[{\"match\":{\"frames\":{\"query\":\"for front\"}}}]}}");
        assertThat(JsonText.stringify(Kql.toQuery(" "))).isEqualTo("{\"match_all\":{}}");
        assertThatThrownBy(() -> Kql.toQuery("a : b or c : d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported KQL");
        assertThatThrownBy(() -> Kql.toQuery("relevance > 0.5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void autoIntervalFollowsTheRange() {
        assertThat(new TimeRange(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-10-02T00:00:00Z"))
                .autoInterval()).isEqualTo("1h");
        assertThat(month.autoInterval()).isEqualTo("1d");
        assertThat(new TimeRange(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"))
                .autoInterval()).isEqualTo("1w");
    }
}
