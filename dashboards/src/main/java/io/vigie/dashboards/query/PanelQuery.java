package io.vigie.dashboards.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Elasticsearch search one panel (or one layer of a multi-layer panel) runs, translated from the same
 * definition the NDJSON is generated from.
 *
 * @param panelId the saved object id
 * @param part    the layer id for Lens, the data source name for Vega, "hits" for a saved search
 * @param index   the data view's index pattern
 * @param body    the {@code _search} request body
 */
public record PanelQuery(String panelId, String title, String part, String index, ObjectNode body,
                         RowReader reader) {
    public PanelQuery {
        Objects.requireNonNull(panelId, "panelId");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(reader, "reader");
    }

    public String key() {
        return panelId + "/" + part;
    }

    public List<Map<String, Object>> rows(JsonNode response) {
        return reader.rows(response);
    }
}
