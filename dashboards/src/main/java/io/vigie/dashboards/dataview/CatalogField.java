package io.vigie.dashboards.dataview;

import java.util.Objects;

/**
 * A field of one of our indices. {@code planned} marks fields a later pipeline stage adds (sentiment, pillars...):
 * panels may use them before the mapping has them, and the catalog test only requires them to match once mapped.
 */
public record CatalogField(String name, FieldType type, boolean planned) {
    public CatalogField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
