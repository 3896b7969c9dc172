package io.vigie.dashboards.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.dataview.DataView;
import io.vigie.dashboards.lens.LensColumn;
import io.vigie.dashboards.lens.LensLayer;
import io.vigie.dashboards.lens.LensVisualization;
import io.vigie.dashboards.savedobject.JsonText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates each layer of a Lens visualization into the aggregation Lens would send: bucket columns nest in
 * column order (date histogram, top values), metric columns sit in the innermost bucket. Reads the persisted
 * column JSON (operationType, sourceField, params, filter), i.e. what Kibana itself reads from the NDJSON.
 */
final class LensQueries {
    private LensQueries() {
    }

    static List<PanelQuery> of(LensVisualization lens, Map<String, DataView> dataViews, String dashboardKql,
                               TimeRange range) {
        List<PanelQuery> out = new ArrayList<>();
        for (LensLayer layer : lens.layers()) {
            DataView dv = DashboardQueries.dataView(dataViews, layer.dataViewId(), lens.id());
            List<LensColumn> buckets = layer.columns().stream().filter(LensColumn::bucketed).toList();
            List<LensColumn> metrics = layer.columns().stream().filter(c -> !c.bucketed()).toList();

            ObjectNode aggs = metricAggs(metrics);
            for (int i = buckets.size() - 1; i >= 0; i--) {
                ObjectNode bucket = bucketAgg(buckets.get(i), metrics, range);
                if (!aggs.isEmpty()) {
                    bucket.set("aggs", aggs);
                }
                aggs = JsonText.object();
                aggs.set(buckets.get(i).id(), bucket);
            }
            ObjectNode body = JsonText.object();
            body.put("size", 0);
            body.put("track_total_hits", true);
            body.set("query", DashboardQueries.context(dv, dashboardKql, range));
            if (!aggs.isEmpty()) {
                body.set("aggs", aggs);
            }
            out.add(new PanelQuery(lens.id(), lens.title(), layer.id(), dv.title(), body,
                    response -> rows(response, buckets, metrics)));
        }
        return out;
    }

    private static ObjectNode bucketAgg(LensColumn column, List<LensColumn> metrics, TimeRange range) {
        JsonNode c = column.json();
        String field = c.path("sourceField").asText();
        ObjectNode agg = JsonText.object();
        switch (c.path("operationType").asText()) {
            case "date_histogram" -> {
                ObjectNode h = agg.putObject("date_histogram");
                h.put("field", field);
                String interval = c.path("params").path("interval").asText("auto");
                String resolved = "auto".equals(interval) ? range.autoInterval() : interval;
                h.put("calendar_interval", resolved);
                h.put("time_zone", "UTC");
                if (c.path("params").path("includeEmptyRows").asBoolean(false)) {
                    h.put("min_doc_count", 0);
                    h.putObject("extended_bounds").put("min", range.from().toEpochMilli())
                            .put("max", range.to().toEpochMilli() - 1);
                }
            }
            case "terms" -> {
                ObjectNode t = agg.putObject("terms");
                t.put("field", field);
                JsonNode p = c.path("params");
                t.put("size", p.path("size").asInt(5));
                String orderBy = p.path("orderBy").path("columnId").asText(null);
                String direction = p.path("orderDirection").asText("desc");
                LensColumn target = metrics.stream().filter(m -> m.id().equals(orderBy)).findFirst().orElse(null);
                t.putObject("order").put(orderPath(target), direction);
                // Lens shard_size for top values: enough depth that the top N are exact on a few shards.
                t.put("shard_size", Math.max(25, p.path("size").asInt(5) * 3 / 2 + 10));
            }
            default -> throw new IllegalArgumentException("unsupported Lens bucket operation "
                    + c.path("operationType").asText() + " in column " + column.id());
        }
        return agg;
    }

    /** How a terms aggregation is ordered by one of its metric columns. */
    private static String orderPath(LensColumn metric) {
        if (metric == null) {
            return "_count";
        }
        JsonNode c = metric.json();
        return switch (c.path("operationType").asText()) {
            case "count" -> c.has("filter") ? metric.id() : "_count"; // a filter agg orders by its doc_count
            case "median" -> metric.id() + ".50";
            case "last_value" -> throw new IllegalArgumentException("cannot order top values by a last value: "
                    + metric.id());
            default -> metric.id();
        };
    }

    private static ObjectNode metricAggs(List<LensColumn> metrics) {
        ObjectNode aggs = JsonText.object();
        for (LensColumn m : metrics) {
            JsonNode c = m.json();
            String field = c.path("sourceField").asText();
            ObjectNode agg = JsonText.object();
            switch (c.path("operationType").asText()) {
                case "count" -> {
                    if (!c.has("filter")) {
                        continue; // the bucket's doc_count
                    }
                    agg.set("filter", Kql.toQuery(c.path("filter").path("query").asText()));
                }
                case "average" -> agg.putObject("avg").put("field", field);
                case "sum", "max", "min" -> agg.putObject(c.path("operationType").asText()).put("field", field);
                case "median" -> agg.putObject("percentiles").put("field", field).putArray("percents").add(50);
                case "unique_count" -> agg.putObject("cardinality").put("field", field);
                case "last_value" -> {
                    ObjectNode top = agg.putObject("top_hits");
                    top.put("size", 1);
                    top.putArray("sort").addObject().putObject(c.path("params").path("sortField").asText())
                            .put("order", "desc");
                    // Doc values, not _source: the field may be a multi-field (title.keyword) absent from _source.
                    top.put("_source", false);
                    top.putArray("docvalue_fields").add(field);
                }
                default -> throw new IllegalArgumentException("unsupported Lens metric operation "
                        + c.path("operationType").asText() + " in column " + m.id());
            }
            aggs.set(m.id(), agg);
        }
        return aggs;
    }

    private static List<Map<String, Object>> rows(JsonNode response, List<LensColumn> buckets,
                                                  List<LensColumn> metrics) {
        List<Map<String, Object>> out = new ArrayList<>();
        JsonNode aggs = response.path("aggregations");
        JsonNode top = JsonText.object().put("doc_count", response.path("hits").path("total").path("value").asLong());
        if (aggs.isObject()) {
            ((ObjectNode) top).setAll((ObjectNode) aggs);
        }
        walk(top, buckets, 0, metrics, new LinkedHashMap<>(), out);
        return out;
    }

    private static void walk(JsonNode bucket, List<LensColumn> buckets, int level, List<LensColumn> metrics,
                             Map<String, Object> keys, List<Map<String, Object>> out) {
        if (level == buckets.size()) {
            Map<String, Object> row = new LinkedHashMap<>(keys);
            for (LensColumn m : metrics) {
                row.put(m.id(), metricValue(bucket, m));
            }
            out.add(row);
            return;
        }
        LensColumn column = buckets.get(level);
        boolean date = "date_histogram".equals(column.json().path("operationType").asText());
        for (JsonNode b : bucket.path(column.id()).path("buckets")) {
            Map<String, Object> next = new LinkedHashMap<>(keys);
            next.put(column.id(), date ? Instant.ofEpochMilli(b.path("key").asLong()).toString() : scalar(b.path("key")));
            walk(b, buckets, level + 1, metrics, next, out);
        }
    }

    private static Object metricValue(JsonNode bucket, LensColumn m) {
        JsonNode c = m.json();
        JsonNode agg = bucket.path(m.id());
        return switch (c.path("operationType").asText()) {
            case "count" -> c.has("filter") ? agg.path("doc_count").asLong() : bucket.path("doc_count").asLong();
            case "median" -> number(agg.path("values").path("50.0"));
            case "unique_count" -> agg.path("value").asLong();
            case "last_value" -> {
                JsonNode values = agg.path("hits").path("hits").path(0).path("fields")
                        .path(c.path("sourceField").asText());
                yield values.isArray() && !values.isEmpty() ? scalar(values.size() == 1 ? values.get(0) : values)
                        : null;
            }
            default -> "date".equals(c.path("dataType").asText()) && agg.has("value_as_string")
                    ? agg.path("value_as_string").asText() : number(agg.path("value"));
        };
    }

    private static Object number(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asDouble();
    }

    static Object scalar(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isArray()) {
            List<Object> values = new ArrayList<>();
            n.forEach(v -> values.add(scalar(v)));
            return values;
        }
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        return n.asText();
    }

}
