package io.vigie.dashboards.vega;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.JsonText;

/**
 * Vega specs as JSON trees (never string templates), so index and field names cannot break out of their place.
 * Tooltips show numbers only: bucket keys can be words from third-party titles.
 */
public final class VegaSpecs {
    private VegaSpecs() {
    }

    /** Bubbles on a Kibana base map: a geotile grid on {@code geoField}, sized by mention count. */
    public static ObjectNode geoGridMap(String index, String timeField, String geoField) {
        ObjectNode s = JsonText.object();
        s.put("$schema", "https://vega.github.io/schema/vega/v5.json");
        s.putObject("config").putObject("kibana").put("type", "map").put("latitude", 43.4).put("longitude", 5.4)
                .put("zoom", 3);
        ObjectNode data = s.putArray("data").addObject();
        data.put("name", "places");
        ObjectNode url = data.putObject("url");
        url.put("index", index);
        url.put("%context%", true);
        url.put("%timefield%", timeField);
        ObjectNode body = url.putObject("body");
        body.put("size", 0);
        ObjectNode grid = body.putObject("aggs").putObject("grid");
        grid.putObject("geotile_grid").put("field", geoField).put("precision", 6).put("size", 10000);
        grid.putObject("aggs").putObject("centroid").putObject("geo_centroid").put("field", geoField);
        data.putObject("format").put("property", "aggregations.grid.buckets");
        ObjectNode geo = data.putArray("transform").addObject();
        geo.put("type", "geopoint");
        geo.put("projection", "projection");
        geo.set("fields", JsonText.array("centroid.location.lon", "centroid.location.lat"));

        ObjectNode scale = s.putArray("scales").addObject();
        scale.put("name", "size");
        scale.put("type", "sqrt");
        scale.putObject("domain").put("data", "places").put("field", "doc_count");
        scale.set("range", JsonText.array().add(30).add(1500));

        ObjectNode mark = s.putArray("marks").addObject();
        mark.put("type", "symbol");
        mark.putObject("from").put("data", "places");
        ObjectNode update = mark.putObject("encode").putObject("update");
        update.putObject("size").put("scale", "size").put("field", "doc_count");
        update.putObject("fill").put("value", "#d6604d");
        update.putObject("fillOpacity").put("value", 0.6);
        update.putObject("xc").put("signal", "datum.x");
        update.putObject("yc").put("signal", "datum.y");
        update.putObject("tooltip").put("signal", "{'Mentions': datum.doc_count}");
        return s;
    }

    /**
     * Vega-Lite horizontal bars of the words that are significantly over-represented in the titles matching
     * {@code kqlField:kqlValue}, within the dashboard's time range, query and filters (significant_text on a
     * sample, which needs no fielddata on the text field).
     */
    public static ObjectNode significantWords(String index, String timeField, String textField, String termField,
                                              String termValue, int size) {
        ObjectNode s = JsonText.object();
        s.put("$schema", "https://vega.github.io/schema/vega-lite/v5.json");
        ObjectNode data = s.putObject("data");
        ObjectNode url = data.putObject("url");
        url.put("index", index);
        ObjectNode body = url.putObject("body");
        body.put("size", 0);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode must = bool.putArray("must");
        must.add("%dashboard_context-must_clause%");
        must.addObject().putObject("term").put(termField, termValue);
        must.addObject().putObject("range").putObject(timeField).put("%timefilter%", true);
        bool.putArray("filter").add("%dashboard_context-filter_clause%");
        bool.putArray("must_not").add("%dashboard_context-must_not_clause%");
        ObjectNode sample = body.putObject("aggs").putObject("sample");
        sample.putObject("sampler").put("shard_size", 2000);
        sample.putObject("aggs").putObject("words").putObject("significant_text")
                .put("field", textField).put("size", size).put("filter_duplicate_text", true);
        data.putObject("format").put("property", "aggregations.sample.words.buckets");

        ObjectNode mark = s.putObject("mark");
        mark.put("type", "bar");
        mark.put("color", "#d6604d");
        ObjectNode enc = s.putObject("encoding");
        enc.putObject("y").put("field", "key").put("type", "nominal").put("sort", "-x").putNull("title");
        enc.putObject("x").put("field", "doc_count").put("type", "quantitative").put("title", "Negative mentions");
        ArrayNode tooltip = enc.putArray("tooltip");
        tooltip.addObject().put("field", "doc_count").put("type", "quantitative").put("title", "Mentions");
        tooltip.addObject().put("field", "score").put("type", "quantitative").put("title", "Significance")
                .put("format", ".2f");
        return s;
    }
}
