package io.vigie.dashboards.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.dashboard.Dashboard;
import io.vigie.dashboards.dashboard.SavedSearch;
import io.vigie.dashboards.dataview.DataView;
import io.vigie.dashboards.lens.LensVisualization;
import io.vigie.dashboards.savedobject.Exportable;
import io.vigie.dashboards.savedobject.JsonText;
import io.vigie.dashboards.vega.VegaVisualization;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The searches a dashboard's panels run for a time range, with the dashboard's saved query applied and no control
 * selection: what Kibana sends when the dashboard is opened. Used to check panels against fixture data and to
 * measure query times; the translation reads the same builder objects the NDJSON is generated from.
 */
public final class DashboardQueries {
    private final Map<String, DataView> dataViews = new LinkedHashMap<>();

    public DashboardQueries(Collection<DataView> dataViews) {
        dataViews.forEach(dv -> this.dataViews.put(dv.id(), dv));
    }

    public List<PanelQuery> of(Dashboard dashboard, TimeRange range) {
        List<PanelQuery> out = new ArrayList<>();
        for (Exportable panel : dashboard.children()) {
            out.addAll(of(panel, dashboard.query(), range));
        }
        return out;
    }

    public List<PanelQuery> of(Exportable panel, String dashboardKql, TimeRange range) {
        if (panel instanceof LensVisualization lens) {
            return LensQueries.of(lens, dataViews, dashboardKql, range);
        }
        if (panel instanceof VegaVisualization vega) {
            return VegaQueries.of(vega, dataViews, dashboardKql, range);
        }
        if (panel instanceof SavedSearch search) {
            return List.of(SearchQueries.of(search, dataViews, dashboardKql, range));
        }
        throw new IllegalArgumentException("no query translation for panel type " + panel.getClass().getSimpleName());
    }

    static DataView dataView(Map<String, DataView> dataViews, String id, String panelId) {
        DataView dv = dataViews.get(id);
        if (dv == null) {
            throw new IllegalArgumentException("panel " + panelId + " uses unknown data view " + id);
        }
        return dv;
    }

    /** The dashboard context: time range on the data view's time field, and the dashboard's KQL query. */
    static ObjectNode context(DataView dv, String dashboardKql, TimeRange range, ObjectNode... more) {
        ObjectNode query = JsonText.object();
        ArrayNode filter = query.putObject("bool").putArray("filter");
        filter.add(range.filter(dv.timeField()));
        filter.add(Kql.toQuery(dashboardKql));
        for (ObjectNode q : more) {
            filter.add(q);
        }
        return query;
    }

    /** A value in a {@code _source} by dotted path ({@code source.name}), or the flat key if stored so. */
    static JsonNode at(JsonNode source, String dotted) {
        if (source.has(dotted)) {
            return source.get(dotted);
        }
        JsonNode node = source;
        for (String part : dotted.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }
}
