package io.vigie.dashboards.vega;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.Exportable;
import io.vigie.dashboards.savedobject.FieldUse;
import io.vigie.dashboards.savedobject.JsonText;
import io.vigie.dashboards.savedobject.Reference;
import io.vigie.dashboards.savedobject.SavedObject;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A Vega visualization ({@code visualization} saved object of type vega), for what Lens cannot express: the
 * geotile map of places and significant words in negative titles. Both read the dashboard's time range, query and
 * filters through Vega's {@code %context%}/{@code %dashboard_context-*%} placeholders. This is the same construct
 * Kibana's bundled sample dashboards use for their maps, which is why we prefer it over a hand-written
 * {@code map} saved object whose layer JSON is undocumented.
 */
public final class VegaVisualization implements Exportable {
    private final String id;
    private final String title;
    private final String dataViewId;
    private final ObjectNode spec;
    private final Set<FieldUse> fieldUses;

    public VegaVisualization(String id, String title, String dataViewId, ObjectNode spec, Set<FieldUse> fieldUses) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.dataViewId = Objects.requireNonNull(dataViewId);
        this.spec = Objects.requireNonNull(spec);
        this.fieldUses = Set.copyOf(fieldUses);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String dataViewId() {
        return dataViewId;
    }

    public ObjectNode spec() {
        return spec.deepCopy();
    }

    @Override
    public SavedObject toSavedObject() {
        ObjectNode visState = JsonText.object();
        visState.put("title", title);
        visState.put("type", "vega");
        visState.putArray("aggs");
        visState.putObject("params").put("spec", JsonText.stringify(spec));
        ObjectNode source = JsonText.object();
        source.putObject("query").put("query", "").put("language", "kuery");
        source.putArray("filter");
        source.put("indexRefName", "kibanaSavedObjectMeta.searchSourceJSON.index");

        ObjectNode attrs = JsonText.object();
        attrs.put("description", "");
        attrs.putObject("kibanaSavedObjectMeta").put("searchSourceJSON", JsonText.stringify(source));
        attrs.put("title", title);
        attrs.put("uiStateJSON", "{}");
        attrs.put("version", 1);
        attrs.put("visState", JsonText.stringify(visState));
        return new SavedObject("visualization", id, "8.0.0", attrs,
                List.of(new Reference("kibanaSavedObjectMeta.searchSourceJSON.index", "index-pattern", dataViewId)));
    }

    @Override
    public Set<FieldUse> fieldUses() {
        return fieldUses;
    }
}
