package io.vigie.dashboards.lens;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.JsonText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A form-based Lens layer: columns over one data view. Bucket columns are ordered before metrics. */
public final class LensLayer {
    private final String id;
    private final String dataViewId;
    private final List<LensColumn> columns = new ArrayList<>();

    public LensLayer(String id, String dataViewId) {
        this.id = Objects.requireNonNull(id);
        this.dataViewId = Objects.requireNonNull(dataViewId);
    }

    public LensLayer column(LensColumn column) {
        if (columns.stream().anyMatch(c -> c.id().equals(column.id()))) {
            throw new IllegalArgumentException("duplicate column id " + column.id() + " in layer " + id);
        }
        columns.add(column);
        return this;
    }

    public String id() {
        return id;
    }

    public String dataViewId() {
        return dataViewId;
    }

    public List<LensColumn> columns() {
        return List.copyOf(columns);
    }

    public boolean hasColumn(String columnId) {
        return columns.stream().anyMatch(c -> c.id().equals(columnId));
    }

    ObjectNode toJson() {
        Set<String> orderByTargets = new HashSet<>();
        ObjectNode cols = JsonText.object();
        ArrayNode order = JsonText.array();
        columns.stream().filter(LensColumn::bucketed).forEach(c -> order.add(c.id()));
        columns.stream().filter(c -> !c.bucketed()).forEach(c -> order.add(c.id()));
        for (LensColumn c : columns) {
            cols.set(c.id(), c.json());
            String target = c.json().path("params").path("orderBy").path("columnId").asText(null);
            if (target != null) {
                orderByTargets.add(target);
            }
        }
        for (String target : orderByTargets) {
            if (!hasColumn(target)) {
                throw new IllegalStateException("layer " + id + " orders by missing column " + target);
            }
        }
        ObjectNode layer = JsonText.object();
        layer.set("columnOrder", order);
        layer.set("columns", cols);
        layer.putObject("incompleteColumns");
        return layer;
    }
}
