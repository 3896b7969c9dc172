package io.vigie.dashboards.kibana;

import java.util.List;

/** A successful import: Kibana's success count and the ids it reported. */
public record ImportResult(int successCount, List<String> importedIds) {
    public ImportResult {
        importedIds = List.copyOf(importedIds);
    }
}
