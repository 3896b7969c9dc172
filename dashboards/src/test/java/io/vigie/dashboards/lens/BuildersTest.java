package io.vigie.dashboards.lens;

import static io.vigie.dashboards.lens.Columns.count;
import static io.vigie.dashboards.lens.Columns.dateHistogram;
import static io.vigie.dashboards.lens.Columns.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.dashboards.dashboard.Dashboard;
import io.vigie.dashboards.dashboard.OptionsListControl;
import io.vigie.dashboards.savedobject.FieldUse;
import io.vigie.dashboards.savedobject.JsonText;
import io.vigie.dashboards.savedobject.SavedObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildersTest {

    @Test
    void xyChartPersistsLayersColumnsAndDataViewReferences() {
        LensLayer l = new LensLayer("l1", "dv")
                .column(count("n", "Mentions", "sentiment.label : negative"))
                .column(dateHistogram("t", "@timestamp"))
                .column(terms("s", "lang", "Language", 5, "n", false));
        SavedObject o = new LensXY("vigie-x", "X", List.of(
                new LensXY.XYLayer(l, LensXY.Series.BAR_STACKED, "t", "s", List.of("n")))).toSavedObject();

        assertThat(o.type()).isEqualTo("lens");
        JsonNode state = o.attributes().path("state");
        JsonNode layer = state.path("datasourceStates").path("formBased").path("layers").path("l1");
        assertThat(layer.path("columnOrder")).extracting(JsonNode::asText).containsExactly("t", "s", "n");
        assertThat(layer.path("columns").path("n").path("filter").path("query").asText())
                .isEqualTo("sentiment.label : negative");
        JsonNode vis = state.path("visualization").path("layers").get(0);
        assertThat(vis.path("xAccessor").asText()).isEqualTo("t");
        assertThat(vis.path("splitAccessor").asText()).isEqualTo("s");
        assertThat(vis.path("seriesType").asText()).isEqualTo("bar_stacked");
        assertThat(o.references()).extracting(r -> r.name() + "=" + r.id())
                .contains("indexpattern-datasource-layer-l1=dv");
    }

    @Test
    void fieldUsesIncludeColumnFilterFields() {
        LensLayer l = new LensLayer("l1", "dv").column(count("n", "Neg", "sentiment.label : negative"));
        assertThat(new LensMetric("vigie-m", "M", l, "n").fieldUses())
                .contains(new FieldUse("dv", "sentiment.label", FieldUse.Usage.DISPLAY));
    }

    @Test
    void rejectsDanglingColumnIds() {
        LensLayer l = new LensLayer("l1", "dv").column(count("n", "N"));
        assertThatThrownBy(() -> new LensMetric("vigie-m", "M", l, "missing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
        LensLayer badOrder = new LensLayer("l2", "dv").column(terms("g", "lang", "L", 3, "nope", false));
        assertThatThrownBy(() -> new LensTable("vigie-t", "T", badOrder).toSavedObject())
                .hasMessageContaining("orders by missing column nope");
        assertThatThrownBy(() -> l.column(count("n", "again"))).hasMessageContaining("duplicate column");
    }

    @Test
    void rejectsUnsafeIds() {
        assertThatThrownBy(() -> new LensMetric("Bad Id", "M", new LensLayer("l", "dv").column(count("n", "N")), "n")
                .toSavedObject()).hasMessageContaining("saved object id");
    }

    @Test
    void dashboardFlowsPanelsOnTheGridAndReferencesThem() {
        LensMetric m = new LensMetric("vigie-m", "M", new LensLayer("l", "dv").column(count("n", "N")), "n");
        Dashboard d = new Dashboard("vigie-d", "D", "", "", "dv")
                .panel(m, 30, 5).panel(m, 30, 8).panel(m, 10, 3)
                .control(new OptionsListControl("c1", "dv", "lang", "Language"));
        SavedObject o = d.toSavedObject();
        JsonNode panels = JsonText.parse(o.attributes().path("panelsJSON").asText());
        assertThat(panels).extracting(p -> p.path("gridData").path("x").asInt() + "," + p.path("gridData")
                .path("y").asInt()).containsExactly("0,0", "0,5", "30,5");
        assertThat(o.references()).extracting(r -> r.name()).containsExactly("p1:panel_p1", "p2:panel_p2",
                "p3:panel_p3", "controlGroup_c1:optionsListDataView");
        assertThat(d.children()).hasSize(1);
        assertThatThrownBy(() -> d.panel(m, 49, 2)).hasMessageContaining("out of grid");
    }
}
