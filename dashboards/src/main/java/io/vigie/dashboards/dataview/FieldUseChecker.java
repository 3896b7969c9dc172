package io.vigie.dashboards.dataview;

import io.vigie.dashboards.savedobject.FieldUse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks saved objects against the field catalogs, and catalogs against a real index mapping. Returns problems as
 * readable lines rather than throwing, so a test (or a {@code dashboards check} command) can list all of them.
 */
public final class FieldUseChecker {
    private FieldUseChecker() {
    }

    public static List<String> checkUses(Collection<FieldUse> uses, Collection<DataView> dataViews) {
        List<String> problems = new ArrayList<>();
        for (FieldUse u : uses) {
            Optional<DataView> dv = dataViews.stream().filter(d -> d.id().equals(u.dataViewId())).findFirst();
            if (dv.isEmpty()) {
                problems.add(u.field() + ": unknown data view " + u.dataViewId());
                continue;
            }
            Optional<FieldType> type = dv.get().catalog().field(u.field()).map(CatalogField::type);
            if (type.isEmpty() && dv.get().runtimeAliases().stream().anyMatch(a -> a.name().equals(u.field()))) {
                type = Optional.of(FieldType.KEYWORD);
            }
            if (type.isEmpty()) {
                problems.add(u.dataViewId() + " has no field " + u.field() + " (used for " + u.usage() + ")");
            } else if (!compatible(u.usage(), type.get())) {
                problems.add(u.dataViewId() + " field " + u.field() + " is " + type.get() + ", unusable for "
                        + u.usage());
            }
        }
        return problems;
    }

    /**
     * Every catalog field must be in the mapping with the same family. A field still marked planned is a problem
     * too: a panel may not ship on a field the template does not map.
     */
    public static List<String> checkCatalog(FieldCatalog catalog, Map<String, FieldType> mapping) {
        List<String> problems = new ArrayList<>();
        for (CatalogField f : catalog.fields()) {
            FieldType actual = mapping.get(f.name());
            if (f.planned()) {
                problems.add(catalog.indexPattern() + " field " + f.name() + " is still planned"
                        + (actual == null ? " and not mapped" : ", but mapped: declare it mapped"));
            } else if (actual == null) {
                problems.add(catalog.indexPattern() + " mapping lacks " + f.name() + " (" + f.type() + ")");
            } else if (actual != null && actual != f.type()) {
                problems.add(catalog.indexPattern() + " field " + f.name() + " is mapped " + actual
                        + " but the dashboards expect " + f.type());
            }
        }
        return problems;
    }

    static boolean compatible(FieldUse.Usage usage, FieldType type) {
        return switch (usage) {
            case AGGREGATE -> type != FieldType.TEXT && type != FieldType.GEO_POINT;
            case NUMERIC -> type == FieldType.NUMBER;
            case DATE -> type == FieldType.DATE;
            case TEXT_ANALYSIS -> type == FieldType.TEXT;
            case GEO -> type == FieldType.GEO_POINT;
            case DISPLAY -> true;
        };
    }
}
