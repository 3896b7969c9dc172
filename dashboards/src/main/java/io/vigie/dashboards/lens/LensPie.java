package io.vigie.dashboards.lens;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.JsonText;
import java.util.List;

/** Lens donut (lnsPie, shape donut): share of one metric per top value of one field. */
public final class LensPie extends LensVisualization {
    private final LensLayer layer;
    private final String groupColumn;
    private final String metricColumn;

    public LensPie(String id, String title, LensLayer layer, String groupColumn, String metricColumn) {
        super(id, title, List.of(layer));
        requireColumn(layer, groupColumn);
        requireColumn(layer, metricColumn);
        this.layer = layer;
        this.groupColumn = groupColumn;
        this.metricColumn = metricColumn;
    }

    @Override
    protected String visualizationType() {
        return "lnsPie";
    }

    @Override
    protected ObjectNode visualizationState() {
        ObjectNode v = JsonText.object();
        v.put("shape", "donut");
        ObjectNode l = v.putArray("layers").addObject();
        l.put("layerId", layer.id());
        l.put("layerType", "data");
        l.set("primaryGroups", JsonText.array(groupColumn));
        l.set("metrics", JsonText.array(metricColumn));
        l.put("numberDisplay", "percent");
        l.put("categoryDisplay", "default");
        l.put("legendDisplay", "default");
        l.put("nestedLegend", false);
        return v;
    }
}
