package io.vigie.dashboards.dataview;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The fields of one index family, as our dashboards expect them. */
public final class FieldCatalog {
    private final String indexPattern;
    private final Map<String, CatalogField> fields = new LinkedHashMap<>();

    public FieldCatalog(String indexPattern) {
        this.indexPattern = indexPattern;
    }

    public FieldCatalog mapped(String name, FieldType type) {
        return add(new CatalogField(name, type, false));
    }

    public FieldCatalog planned(String name, FieldType type) {
        return add(new CatalogField(name, type, true));
    }

    private FieldCatalog add(CatalogField f) {
        if (fields.putIfAbsent(f.name(), f) != null) {
            throw new IllegalArgumentException("field declared twice in " + indexPattern + ": " + f.name());
        }
        return this;
    }

    public String indexPattern() {
        return indexPattern;
    }

    public Optional<CatalogField> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public Collection<CatalogField> fields() {
        return fields.values();
    }
}
