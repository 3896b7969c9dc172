package io.vigie.dashboards.lens;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Lens XY chart (lnsXY): bars, lines, areas, stacked or percentage-stacked, optionally split by a terms column. */
public final class LensXY extends LensVisualization {

    /** Lens series types we use. */
    public enum Series {
        LINE("line"), BAR("bar"), BAR_STACKED("bar_stacked"), BAR_PERCENTAGE("bar_percentage_stacked"),
        AREA_PERCENTAGE("area_percentage_stacked"), BAR_HORIZONTAL("bar_horizontal"),
        BAR_HORIZONTAL_STACKED("bar_horizontal_stacked"),
        BAR_HORIZONTAL_PERCENTAGE("bar_horizontal_percentage_stacked");

        final String lens;

        Series(String lens) {
            this.lens = lens;
        }
    }

    /** How one layer is drawn: x column, optional split (breakdown) column, y metric columns. */
    public record XYLayer(LensLayer layer, Series series, String xColumn, String splitColumn, List<String> yColumns,
                          List<String> rightAxisColumns) {
        public XYLayer {
            Objects.requireNonNull(layer);
            Objects.requireNonNull(series);
            yColumns = List.copyOf(yColumns);
            rightAxisColumns = List.copyOf(rightAxisColumns);
            if (yColumns.isEmpty()) {
                throw new IllegalArgumentException("XY layer " + layer.id() + " has no y column");
            }
            requireColumn(layer, xColumn);
            requireColumn(layer, splitColumn);
            yColumns.forEach(c -> requireColumn(layer, c));
            if (!yColumns.containsAll(rightAxisColumns)) {
                throw new IllegalArgumentException("right-axis columns must be y columns in layer " + layer.id());
            }
        }

        public XYLayer(LensLayer layer, Series series, String xColumn, String splitColumn, List<String> yColumns) {
            this(layer, series, xColumn, splitColumn, yColumns, List.of());
        }
    }

    private final List<XYLayer> xyLayers;

    public LensXY(String id, String title, List<XYLayer> xyLayers) {
        super(id, title, xyLayers.stream().map(XYLayer::layer).toList());
        this.xyLayers = List.copyOf(xyLayers);
    }

    @Override
    protected String visualizationType() {
        return "lnsXY";
    }

    @Override
    protected ObjectNode visualizationState() {
        ObjectNode v = JsonText.object();
        v.putObject("legend").put("isVisible", true).put("position", "right");
        v.put("valueLabels", "hide");
        v.put("fittingFunction", "None");
        v.put("preferredSeriesType", xyLayers.getFirst().series().lens);
        ObjectNode visible = JsonText.object().put("x", true).put("yLeft", true).put("yRight", true);
        v.set("axisTitlesVisibilitySettings", visible.deepCopy());
        v.set("tickLabelsVisibilitySettings", visible.deepCopy());
        v.set("gridlinesVisibilitySettings", visible.deepCopy());
        v.putObject("yLeftExtent").put("mode", "full");
        v.putObject("yRightExtent").put("mode", "full");
        ArrayNode layers = v.putArray("layers");
        for (XYLayer l : xyLayers) {
            ObjectNode o = layers.addObject();
            o.put("layerId", l.layer().id());
            o.put("layerType", "data");
            o.put("seriesType", l.series().lens);
            if (l.xColumn() != null) {
                o.put("xAccessor", l.xColumn());
            }
            if (l.splitColumn() != null) {
                o.put("splitAccessor", l.splitColumn());
            }
            o.set("accessors", JsonText.array(l.yColumns().toArray(String[]::new)));
            ArrayNode yConfig = o.putArray("yConfig");
            List<String> right = new ArrayList<>(l.rightAxisColumns());
            for (String c : right) {
                yConfig.addObject().put("forAccessor", c).put("axisMode", "right");
            }
        }
        return v;
    }
}
