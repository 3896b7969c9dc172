package io.vigie.dashboards.vigie;

import io.vigie.dashboards.dashboard.Dashboard;
import io.vigie.dashboards.savedobject.Exportable;
import io.vigie.dashboards.savedobject.FieldUse;
import io.vigie.dashboards.savedobject.JsonText;
import io.vigie.dashboards.savedobject.SavedObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every Vigie saved object, in dependency order (data views, then charts and searches, then dashboards). */
public final class SavedObjects {
    private SavedObjects() {
    }

    public static List<Dashboard> dashboards() {
        return List.of(ImageOverviewDashboard.build(), TransitionsDashboard.build(), NegativeWatchDashboard.build(),
                SourcesDashboard.build());
    }

    public static List<Exportable> exportables() {
        List<Exportable> all = new ArrayList<>(VigieDataViews.all());
        List<Dashboard> dashboards = dashboards();
        dashboards.forEach(d -> all.addAll(d.children()));
        all.addAll(dashboards);
        return all;
    }

    /** The saved objects, rejecting two different objects under one id (a copy-paste slip in a dashboard). */
    public static List<SavedObject> objects() {
        Map<String, SavedObject> byId = new LinkedHashMap<>();
        for (Exportable e : exportables()) {
            SavedObject o = e.toSavedObject();
            SavedObject previous = byId.putIfAbsent(o.type() + "/" + o.id(), o);
            if (previous != null && !previous.toJson().equals(o.toJson())) {
                throw new IllegalStateException("two different saved objects share the id " + o.id());
            }
        }
        return List.copyOf(byId.values());
    }

    public static Set<FieldUse> fieldUses() {
        Set<FieldUse> uses = new LinkedHashSet<>();
        exportables().forEach(e -> uses.addAll(e.fieldUses()));
        return uses;
    }

    /** The import file: one saved object per line, stable byte for byte from one run to the next. */
    public static String ndjson() {
        StringBuilder sb = new StringBuilder();
        for (SavedObject o : objects()) {
            sb.append(JsonText.stringify(o.toJson())).append('\n');
        }
        return sb.toString();
    }

    /** (type, id) of every object, for the export API. */
    public static List<SavedObjectKey> keys() {
        return objects().stream().map(o -> new SavedObjectKey(o.type(), o.id())).toList();
    }

    public record SavedObjectKey(String type, String id) {
    }
}
