package io.vigie.dashboards.lens;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.JsonText;
import java.util.List;

/** Lens metric tile (lnsMetric): one big number. */
public final class LensMetric extends LensVisualization {
    private final LensLayer layer;
    private final String metricColumn;

    public LensMetric(String id, String title, LensLayer layer, String metricColumn) {
        super(id, title, List.of(layer));
        requireColumn(layer, metricColumn);
        this.layer = layer;
        this.metricColumn = metricColumn;
    }

    @Override
    protected String visualizationType() {
        return "lnsMetric";
    }

    @Override
    protected ObjectNode visualizationState() {
        return JsonText.object().put("layerId", layer.id()).put("layerType", "data")
                .put("metricAccessor", metricColumn);
    }
}
