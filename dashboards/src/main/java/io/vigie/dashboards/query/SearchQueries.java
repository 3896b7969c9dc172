package io.vigie.dashboards.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.dashboard.SavedSearch;
import io.vigie.dashboards.dataview.DataView;
import io.vigie.dashboards.savedobject.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A saved search panel: the newest documents matching its KQL, with its columns. */
final class SearchQueries {
    /** Rows a Discover session panel loads first. */
    static final int SAMPLE_SIZE = 50;

    private SearchQueries() {
    }

    static PanelQuery of(SavedSearch search, Map<String, DataView> dataViews, String dashboardKql, TimeRange range) {
        DataView dv = DashboardQueries.dataView(dataViews, search.dataViewId(), search.id());
        ObjectNode body = JsonText.object();
        body.put("size", SAMPLE_SIZE);
        body.put("track_total_hits", true);
        body.set("query", DashboardQueries.context(dv, dashboardKql, range, Kql.toQuery(search.kql())));
        body.putArray("sort").addObject().putObject(search.timeField()).put("order", "desc");
        body.putObject("_source").set("includes", JsonText.array(search.columns().toArray(String[]::new)));
        List<String> columns = search.columns();
        return new PanelQuery(search.id(), search.title(), "hits", dv.title(), body, response -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (JsonNode hit : response.path("hits").path("hits")) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("_id", hit.path("_id").asText());
                for (String c : columns) {
                    row.put(c, LensQueries.scalar(DashboardQueries.at(hit.path("_source"), c)));
                }
                rows.add(row);
            }
            return rows;
        });
    }

    /** Total matching documents of a saved search response (what the panel's hit count shows). */
    public static long total(JsonNode response) {
        return response.path("hits").path("total").path("value").asLong();
    }
}
