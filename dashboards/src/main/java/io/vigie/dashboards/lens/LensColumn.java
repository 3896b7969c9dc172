package io.vigie.dashboards.lens;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.FieldUse;
import java.util.Objects;
import java.util.Optional;

/** One column of a form-based Lens layer, with the field it reads (none for a plain count). */
public record LensColumn(String id, ObjectNode json, boolean bucketed, Optional<FieldUse.Usage> usage,
                         Optional<String> field) {
    public LensColumn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(json, "json");
    }
}
