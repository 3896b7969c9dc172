package io.vigie.dashboards.dataview;

import java.util.Objects;

/**
 * A keyword runtime field on a data view that copies another field under the name the mentions index uses.
 *
 * <p>Dashboard controls filter on mentions field names ({@code source.country}, {@code pillars}); without an alias a
 * selection would empty every panel built on vigie-daily or vigie-alerts, whose fields are named differently.
 */
public record RuntimeAlias(String name, String sourceField) {
    public RuntimeAlias {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceField, "sourceField");
        if (!sourceField.matches("[A-Za-z0-9_.@]+")) {
            throw new IllegalArgumentException("unsafe field name for a painless script: " + sourceField);
        }
    }

    /** Painless: emit every value; nothing (rather than a shard failure) where the source field is unmapped. */
    public String script() {
        return "if (doc.containsKey('" + sourceField + "')) { for (def v : doc['" + sourceField
                + "']) { emit(v.toString()); } }";
    }
}
