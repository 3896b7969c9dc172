package io.vigie.dashboards.lens;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.JsonText;
import java.util.List;

/** Lens data table (lnsDatatable) showing every column of its layer in order. */
public final class LensTable extends LensVisualization {
    private final LensLayer layer;

    public LensTable(String id, String title, LensLayer layer) {
        super(id, title, List.of(layer));
        this.layer = layer;
    }

    @Override
    protected String visualizationType() {
        return "lnsDatatable";
    }

    @Override
    protected ObjectNode visualizationState() {
        ObjectNode v = JsonText.object();
        v.put("layerId", layer.id());
        v.put("layerType", "data");
        ArrayNode cols = v.putArray("columns");
        for (LensColumn c : layer.columns()) {
            cols.addObject().put("columnId", c.id()).put("isTransposed", false);
        }
        return v;
    }
}
