package io.vigie.dashboards.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * A dashboard whose panels reference other saved objects (by reference, not by value, so each chart can be opened
 * and edited on its own) plus a row of options-list controls. Add panels in reading order; the grid flows them.
 */
public final class Dashboard implements Exportable {
    /** Panel schema version written in panelsJSON, as in Kibana's 9.x sample data. */
    private static final String PANEL_VERSION = "8.11.0";

    private final String id;
    private final String title;
    private final String description;
    private final String query;
    private final String dataViewId;
    private final GridLayout grid = new GridLayout();
    private final List<Panel> panels = new ArrayList<>();
    private final List<OptionsListControl> controls = new ArrayList<>();
    private final List<Exportable> children = new ArrayList<>();

    private record Panel(String index, Exportable target, GridLayout.Cell cell) {
    }

    /**
     * @param query KQL applied to the whole dashboard; {@code dataViewId} is the data view its fields belong to.
     */
    public Dashboard(String id, String title, String description, String query, String dataViewId) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.description = Objects.requireNonNull(description);
        this.query = query == null ? "" : query;
        this.dataViewId = Objects.requireNonNull(dataViewId);
    }

    public Dashboard panel(Exportable target, int width, int height) {
        String index = "p" + (panels.size() + 1);
        panels.add(new Panel(index, target, grid.place(width, height)));
        if (children.stream().noneMatch(c -> c == target)) {
            children.add(target);
        }
        return this;
    }

    public Dashboard control(OptionsListControl control) {
        if (controls.stream().anyMatch(c -> c.id().equals(control.id()))) {
            throw new IllegalArgumentException("duplicate control id " + control.id());
        }
        controls.add(control);
        return this;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The KQL query saved with the dashboard, applied to every panel. */
    public String query() {
        return query;
    }

    /** The saved objects this dashboard's panels display, in panel order. */
    public List<Exportable> children() {
        return List.copyOf(children);
    }

    public List<OptionsListControl> controls() {
        return List.copyOf(controls);
    }

    @Override
    public SavedObject toSavedObject() {
        List<Reference> refs = new ArrayList<>();
        ArrayNode panelsJson = JsonText.array();
        for (Panel p : panels) {
            SavedObject target = p.target().toSavedObject();
            ObjectNode o = panelsJson.addObject();
            o.put("version", PANEL_VERSION);
            o.put("type", target.type());
            o.putObject("gridData").put("x", p.cell().x()).put("y", p.cell().y()).put("w", p.cell().w())
                    .put("h", p.cell().h()).put("i", p.index());
            o.put("panelIndex", p.index());
            o.putObject("embeddableConfig").putObject("enhancements");
            o.put("panelRefName", "panel_" + p.index());
            refs.add(new Reference(p.index() + ":panel_" + p.index(), target.type(), target.id()));
        }

        ObjectNode controlPanels = JsonText.object();
        int order = 0;
        for (OptionsListControl c : controls) {
            ObjectNode cp = controlPanels.putObject(c.id());
            cp.put("order", order++);
            cp.put("width", "medium");
            cp.put("grow", true);
            cp.put("type", "optionsListControl");
            cp.putObject("explicitInput").put("id", c.id()).put("fieldName", c.field()).put("title", c.label())
                    .putObject("enhancements");
            refs.add(new Reference("controlGroup_" + c.id() + ":optionsListDataView", "index-pattern",
                    c.dataViewId()));
        }
        ObjectNode controlGroup = JsonText.object();
        controlGroup.put("chainingSystem", "HIERARCHICAL");
        controlGroup.put("controlStyle", "oneLine");
        controlGroup.put("ignoreParentSettingsJSON", JsonText.stringify(JsonText.object()
                .put("ignoreFilters", false).put("ignoreQuery", false).put("ignoreTimerange", false)
                .put("ignoreValidations", false)));
        controlGroup.put("panelsJSON", JsonText.stringify(controlPanels));
        controlGroup.put("showApplySelections", false);

        ObjectNode source = JsonText.object();
        source.putObject("query").put("language", "kuery").put("query", query);
        source.putArray("filter");

        ObjectNode attrs = JsonText.object();
        attrs.set("controlGroupInput", controlGroup);
        attrs.put("description", description);
        attrs.putObject("kibanaSavedObjectMeta").put("searchSourceJSON", JsonText.stringify(source));
        attrs.put("optionsJSON", JsonText.stringify(JsonText.object().put("useMargins", true)
                .put("syncColors", true).put("syncCursor", true).put("syncTooltips", false)
                .put("hidePanelTitles", false)));
        attrs.put("panelsJSON", JsonText.stringify(panelsJson));
        attrs.putObject("refreshInterval").put("pause", true).put("value", 60000);
        attrs.put("timeFrom", "now-30d");
        attrs.put("timeRestore", true);
        attrs.put("timeTo", "now");
        attrs.put("title", title);
        attrs.put("version", 1);
        return new SavedObject("dashboard", id, "8.7.0", attrs, refs);
    }

    @Override
    public Set<FieldUse> fieldUses() {
        Set<FieldUse> uses = new LinkedHashSet<>();
        controls.forEach(c -> uses.add(new FieldUse(c.dataViewId(), c.field(), FieldUse.Usage.AGGREGATE)));
        KqlFields.of(query).forEach(f -> uses.add(new FieldUse(dataViewId, f, FieldUse.Usage.DISPLAY)));
        return uses;
    }
}
