package io.vigie.dashboards.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.vigie.dashboards.dataview.DataView;
import io.vigie.dashboards.savedobject.JsonText;
import io.vigie.dashboards.vega.VegaVisualization;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Elasticsearch requests of a Vega spec's data sources, with Kibana's placeholders resolved the way Kibana
 * does: {@code %context%} and {@code %dashboard_context-*%} become the dashboard query, {@code %timefilter%} the
 * time range.
 */
final class VegaQueries {
    private VegaQueries() {
    }

    static List<PanelQuery> of(VegaVisualization vega, Map<String, DataView> dataViews, String dashboardKql,
                               TimeRange range) {
        DataView dv = DashboardQueries.dataView(dataViews, vega.dataViewId(), vega.id());
        JsonNode data = vega.spec().path("data");
        List<JsonNode> sources = new ArrayList<>();
        if (data.isArray()) {
            data.forEach(sources::add);
        } else if (data.isObject()) {
            sources.add(data);
        }
        List<PanelQuery> out = new ArrayList<>();
        int n = 0;
        for (JsonNode source : sources) {
            JsonNode url = source.path("url");
            if (!url.isObject()) {
                continue;
            }
            ObjectNode body = ((ObjectNode) url.path("body")).deepCopy();
            String timeField = url.path("%timefield%").asText(dv.timeField());
            if (url.path("%context%").asBoolean(false)) {
                body.set("query", DashboardQueries.context(dv, dashboardKql, range));
            }
            resolve(body, Kql.toQuery(dashboardKql), range, timeField);
            body.put("track_total_hits", true);
            String property = source.path("format").path("property").asText("");
            String name = source.path("name").asText("data" + n++);
            out.add(new PanelQuery(vega.id(), vega.title(), name, url.path("index").asText(dv.title()), body,
                    response -> rows(response, property)));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("Vega panel " + vega.id() + " has no Elasticsearch data source");
        }
        return out;
    }

    private static void resolve(JsonNode node, ObjectNode dashboardQuery, TimeRange range, String timeField) {
        if (node instanceof ObjectNode o) {
            if (o.path("%timefilter%").asBoolean(false)) {
                o.remove("%timefilter%");
                o.put("gte", range.from().toString()).put("lt", range.to().toString())
                        .put("format", "strict_date_optional_time");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                resolve(it.next().getValue(), dashboardQuery, range, timeField);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = a.size() - 1; i >= 0; i--) {
                JsonNode child = a.get(i);
                if (child instanceof TextNode t && t.asText().startsWith("%dashboard_context-")) {
                    switch (t.asText()) {
                        case "%dashboard_context-must_clause%" -> a.set(i, dashboardQuery.deepCopy());
                        case "%dashboard_context-filter_clause%" -> a.set(i, JsonText.object().set("match_all",
                                JsonText.object()));
                        case "%dashboard_context-must_not_clause%" -> a.remove(i);
                        default -> throw new IllegalArgumentException("unknown Vega placeholder " + t.asText());
                    }
                } else {
                    resolve(child, dashboardQuery, range, timeField);
                }
            }
        }
    }

    private static List<Map<String, Object>> rows(JsonNode response, String property) {
        JsonNode node = response;
        if (!property.isEmpty()) {
            for (String part : property.split("\\.")) {
                node = node.path(part);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode item : node) {
            Map<String, Object> row = new LinkedHashMap<>();
            item.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode()) {
                    row.put(e.getKey(), LensQueries.scalar(e.getValue()));
                }
            });
            out.add(row);
        }
        return out;
    }
}
