package io.vigie.dashboards.savedobject;

import java.util.Set;

/** Something our generator turns into one Kibana saved object. */
public interface Exportable {
    SavedObject toSavedObject();

    /** Every index field this object reads, for the catalog checks. */
    Set<FieldUse> fieldUses();
}
