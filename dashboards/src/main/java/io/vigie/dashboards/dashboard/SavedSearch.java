package io.vigie.dashboards.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.Exportable;
import io.vigie.dashboards.savedobject.FieldUse;
import io.vigie.dashboards.savedobject.JsonText;
import io.vigie.dashboards.savedobject.KqlFields;
import io.vigie.dashboards.savedobject.Reference;
import io.vigie.dashboards.savedobject.SavedObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A Discover session ({@code search} saved object): document rows with chosen columns, newest first. */
public final class SavedSearch implements Exportable {
    private final String id;
    private final String title;
    private final String dataViewId;
    private final String timeField;
    private final List<String> columns;
    private final String kql;

    public SavedSearch(String id, String title, String dataViewId, String timeField, List<String> columns,
                       String kql) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.dataViewId = Objects.requireNonNull(dataViewId);
        this.timeField = Objects.requireNonNull(timeField);
        this.columns = List.copyOf(columns);
        this.kql = kql == null ? "" : kql;
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

    public String timeField() {
        return timeField;
    }

    public List<String> columns() {
        return columns;
    }

    public String kql() {
        return kql;
    }

    @Override
    public SavedObject toSavedObject() {
        ObjectNode source = JsonText.object();
        source.put("highlightAll", true);
        source.put("version", true);
        source.putObject("query").put("query", kql).put("language", "kuery");
        source.putArray("filter");
        source.put("indexRefName", "kibanaSavedObjectMeta.searchSourceJSON.index");

        ObjectNode attrs = JsonText.object();
        attrs.set("columns", JsonText.array(columns.toArray(String[]::new)));
        attrs.put("description", "");
        attrs.putObject("kibanaSavedObjectMeta").put("searchSourceJSON", JsonText.stringify(source));
        attrs.putArray("sort").addArray().add(timeField).add("desc");
        attrs.put("title", title);
        attrs.put("version", 1);
        return new SavedObject("search", id, "7.9.3", attrs,
                List.of(new Reference("kibanaSavedObjectMeta.searchSourceJSON.index", "index-pattern", dataViewId)));
    }

    @Override
    public Set<FieldUse> fieldUses() {
        Set<FieldUse> uses = new LinkedHashSet<>();
        uses.add(new FieldUse(dataViewId, timeField, FieldUse.Usage.DATE));
        columns.forEach(c -> uses.add(new FieldUse(dataViewId, c, FieldUse.Usage.DISPLAY)));
        KqlFields.of(kql).forEach(f -> uses.add(new FieldUse(dataViewId, f, FieldUse.Usage.DISPLAY)));
        return uses;
    }
}
