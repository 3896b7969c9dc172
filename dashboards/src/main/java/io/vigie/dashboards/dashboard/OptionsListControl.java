package io.vigie.dashboards.dashboard;

import java.util.Objects;

/** A dashboard options-list control: a multi-select of the values of one field of one data view. */
public record OptionsListControl(String id, String dataViewId, String field, String label) {
    public OptionsListControl {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataViewId, "dataViewId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(label, "label");
    }
}
