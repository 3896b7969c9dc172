package io.vigie.dashboards.lens;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.FieldUse.Usage;
import io.vigie.dashboards.savedobject.JsonText;
import java.util.Optional;

/** Factories for the Lens operations we use, in the persisted shape Kibana's own sample dashboards use. */
public final class Columns {
    private Columns() {
    }

    public static LensColumn dateHistogram(String id, String dateField) {
        ObjectNode c = base(dateField, "date", "date_histogram", true, "interval", false);
        c.put("sourceField", dateField);
        c.putObject("params").put("interval", "auto").put("includeEmptyRows", true).put("dropPartials", false);
        return new LensColumn(id, c, true, Optional.of(Usage.DATE), Optional.of(dateField));
    }

    /** Top values of a keyword field, ordered by {@code orderByColumnId} (a metric column of the same layer). */
    public static LensColumn terms(String id, String field, String label, int size, String orderByColumnId,
                                   boolean otherBucket) {
        ObjectNode c = base(label, "string", "terms", true, "ordinal", true);
        c.put("sourceField", field);
        ObjectNode p = c.putObject("params");
        p.put("size", size);
        p.putObject("orderBy").put("type", "column").put("columnId", orderByColumnId);
        p.put("orderDirection", "desc");
        p.put("otherBucket", otherBucket);
        p.put("missingBucket", false);
        p.putObject("parentFormat").put("id", "terms");
        return new LensColumn(id, c, true, Optional.of(Usage.AGGREGATE), Optional.of(field));
    }

    public static LensColumn count(String id, String label) {
        return count(id, label, null);
    }

    /** Document count, optionally restricted by a KQL filter on the column (so one layer can show several series). */
    public static LensColumn count(String id, String label, String kqlFilter) {
        ObjectNode c = base(label, "number", "count", false, "ratio", true);
        c.put("sourceField", "___records___");
        c.putObject("params").put("emptyAsNull", false);
        if (kqlFilter != null) {
            c.putObject("filter").put("query", kqlFilter).put("language", "kuery");
        }
        return new LensColumn(id, c, false, Optional.empty(), Optional.empty());
    }

    /** average, sum, max, min or median of a numeric field. */
    public static LensColumn numeric(String id, String operation, String field, String label) {
        if (!operation.matches("average|sum|max|min|median")) {
            throw new IllegalArgumentException("not a numeric Lens operation: " + operation);
        }
        ObjectNode c = base(label, "number", operation, false, "ratio", true);
        c.put("sourceField", field);
        c.putObject("params").put("emptyAsNull", true);
        return new LensColumn(id, c, false, Optional.of(Usage.NUMERIC), Optional.of(field));
    }

    public static LensColumn uniqueCount(String id, String field, String label) {
        ObjectNode c = base(label, "number", "unique_count", false, "ratio", true);
        c.put("sourceField", field);
        c.putObject("params").put("emptyAsNull", false);
        return new LensColumn(id, c, false, Optional.of(Usage.AGGREGATE), Optional.of(field));
    }

    /** Latest date seen, e.g. "last mention" per source (max of a date field). */
    public static LensColumn latestDate(String id, String dateField, String label) {
        ObjectNode c = base(label, "date", "max", false, "ratio", true);
        c.put("sourceField", dateField);
        c.putObject("params").put("emptyAsNull", true);
        return new LensColumn(id, c, false, Optional.of(Usage.DATE), Optional.of(dateField));
    }

    /** Most recent value of a keyword field (e.g. a story's URL), sorted on the data view time field. */
    public static LensColumn lastValue(String id, String field, String sortField, String label) {
        ObjectNode c = base(label, "string", "last_value", false, "ordinal", true);
        c.put("sourceField", field);
        c.putObject("params").put("sortField", sortField).put("showArrayValues", true);
        return new LensColumn(id, c, false, Optional.of(Usage.AGGREGATE), Optional.of(field));
    }

    private static ObjectNode base(String label, String dataType, String op, boolean bucketed, String scale,
                                   boolean customLabel) {
        ObjectNode c = JsonText.object();
        c.put("label", label);
        c.put("dataType", dataType);
        c.put("operationType", op);
        c.put("isBucketed", bucketed);
        c.put("scale", scale);
        if (customLabel) {
            c.put("customLabel", true);
        }
        return c;
    }
}
