package io.vigie.dashboards.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** Turns a search response into the rows a panel draws: one map of column id to value per bar, slice or line. */
@FunctionalInterface
public interface RowReader {
    List<Map<String, Object>> rows(JsonNode response);
}
