package io.vigie.dashboards.lens;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.Exportable;
import io.vigie.dashboards.savedobject.FieldUse;
import io.vigie.dashboards.savedobject.JsonText;
import io.vigie.dashboards.savedobject.KqlFields;
import io.vigie.dashboards.savedobject.Reference;
import io.vigie.dashboards.savedobject.SavedObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A by-reference Lens visualization ({@code lens} saved object). Subclasses supply the chart-specific
 * {@code visualization} state; layers, data view references and field uses are handled here.
 */
public abstract class LensVisualization implements Exportable {
    /** Lens attribute schema we write; Kibana 9 migrates it forward on import. */
    static final String TYPE_MIGRATION_VERSION = "8.9.0";

    private final String id;
    private final String title;
    private final List<LensLayer> layers;

    protected LensVisualization(String id, String title, List<LensLayer> layers) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a Lens visualization needs at least one layer: " + id);
        }
        this.layers = List.copyOf(layers);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<LensLayer> layers() {
        return layers;
    }

    protected abstract String visualizationType();

    protected abstract ObjectNode visualizationState();

    protected static void requireColumn(LensLayer layer, String columnId) {
        if (columnId != null && !layer.hasColumn(columnId)) {
            throw new IllegalArgumentException("layer " + layer.id() + " has no column " + columnId);
        }
    }

    @Override
    public SavedObject toSavedObject() {
        ObjectNode formBasedLayers = JsonText.object();
        List<Reference> refs = new ArrayList<>();
        refs.add(new Reference("indexpattern-datasource-current-indexpattern", "index-pattern",
                layers.getFirst().dataViewId()));
        for (LensLayer l : layers) {
            formBasedLayers.set(l.id(), l.toJson());
            refs.add(new Reference("indexpattern-datasource-layer-" + l.id(), "index-pattern", l.dataViewId()));
        }
        ObjectNode state = JsonText.object();
        state.putObject("adHocDataViews");
        state.putObject("datasourceStates").putObject("formBased").set("layers", formBasedLayers);
        state.putArray("filters");
        state.putArray("internalReferences");
        state.putObject("query").put("language", "kuery").put("query", "");
        state.set("visualization", visualizationState());

        ObjectNode attrs = JsonText.object();
        attrs.put("description", "");
        attrs.set("state", state);
        attrs.put("title", title);
        attrs.put("visualizationType", visualizationType());
        return new SavedObject("lens", id, TYPE_MIGRATION_VERSION, attrs, refs);
    }

    @Override
    public Set<FieldUse> fieldUses() {
        Set<FieldUse> uses = new LinkedHashSet<>();
        for (LensLayer l : layers) {
            for (LensColumn c : l.columns()) {
                if (c.field().isPresent() && c.usage().isPresent()) {
                    uses.add(new FieldUse(l.dataViewId(), c.field().get(), c.usage().get()));
                }
                for (String f : KqlFields.of(c.json().path("filter").path("query").asText(null))) {
                    uses.add(new FieldUse(l.dataViewId(), f, FieldUse.Usage.DISPLAY));
                }
                String sortField = c.json().path("params").path("sortField").asText(null);
                if (sortField != null) {
                    uses.add(new FieldUse(l.dataViewId(), sortField, FieldUse.Usage.DATE));
                }
            }
        }
        return uses;
    }
}
