package io.vigie.dashboards.dataview;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.Exportable;
import io.vigie.dashboards.savedobject.FieldUse;
import io.vigie.dashboards.savedobject.JsonText;
import io.vigie.dashboards.savedobject.SavedObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A Kibana data view ({@code index-pattern} saved object). */
public final class DataView implements Exportable {
    private final String id;
    private final String name;
    private final String timeField;
    private final FieldCatalog catalog;
    private final List<String> urlFields = new ArrayList<>();
    private final List<RuntimeAlias> aliases = new ArrayList<>();

    public DataView(String id, String name, String timeField, FieldCatalog catalog) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.timeField = Objects.requireNonNull(timeField);
        this.catalog = Objects.requireNonNull(catalog);
    }

    /**
     * Renders the field as a link. Kibana's url formatter HTML-escapes the value and only links http(s)/mailto
     * schemes, so a hostile URL from a crawled page cannot inject markup or a javascript: link.
     */
    public DataView urlField(String field) {
        urlFields.add(field);
        return this;
    }

    public DataView runtimeAlias(RuntimeAlias alias) {
        aliases.add(alias);
        return this;
    }

    public String id() {
        return id;
    }

    public String title() {
        return catalog.indexPattern();
    }

    public String timeField() {
        return timeField;
    }

    public FieldCatalog catalog() {
        return catalog;
    }

    public List<RuntimeAlias> runtimeAliases() {
        return List.copyOf(aliases);
    }

    public boolean hasField(String field) {
        return catalog.field(field).isPresent() || aliases.stream().anyMatch(a -> a.name().equals(field));
    }

    @Override
    public SavedObject toSavedObject() {
        ObjectNode formats = JsonText.object();
        for (String f : urlFields) {
            formats.putObject(f).put("id", "url").putObject("params")
                    .put("type", "a").put("openLinkInCurrentTab", false);
        }
        ObjectNode runtime = JsonText.object();
        for (RuntimeAlias a : aliases) {
            runtime.putObject(a.name()).put("type", "keyword").putObject("script").put("source", a.script());
        }
        ObjectNode attrs = JsonText.object();
        attrs.put("allowNoIndex", true);
        attrs.put("fieldAttrs", "{}");
        attrs.put("fieldFormatMap", JsonText.stringify(formats));
        attrs.put("fields", "[]");
        attrs.put("name", name);
        attrs.put("runtimeFieldMap", JsonText.stringify(runtime));
        attrs.put("sourceFilters", "[]");
        attrs.put("timeFieldName", timeField);
        attrs.put("title", catalog.indexPattern());
        attrs.put("typeMeta", "{}");
        return new SavedObject("index-pattern", id, "7.11.0", attrs, List.of());
    }

    @Override
    public Set<FieldUse> fieldUses() {
        Set<FieldUse> uses = new HashSet<>();
        uses.add(new FieldUse(id, timeField, FieldUse.Usage.DATE));
        urlFields.forEach(f -> uses.add(new FieldUse(id, f, FieldUse.Usage.DISPLAY)));
        aliases.forEach(a -> uses.add(new FieldUse(id, a.sourceField(), FieldUse.Usage.AGGREGATE)));
        return uses;
    }
}
