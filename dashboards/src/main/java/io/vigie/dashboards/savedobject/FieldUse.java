package io.vigie.dashboards.savedobject;

import java.util.Objects;

/**
 * One field read by a panel, control or saved search, with what the panel needs the field to be. Tests check every
 * use against the field catalog so that a renamed field in the index mapping breaks the build, not a dashboard.
 */
public record FieldUse(String dataViewId, String field, Usage usage) {

    public enum Usage {
        /** terms, unique count, last value, options-list control: needs a keyword/number/boolean/date field. */
        AGGREGATE,
        /** average, sum, max...: needs a numeric field. */
        NUMERIC,
        /** date histogram, sort: needs a date field. */
        DATE,
        /** significant_text: needs an analyzed text field. */
        TEXT_ANALYSIS,
        /** geotile grid: needs a geo_point field. */
        GEO,
        /** a column shown in Discover: any mapped field. */
        DISPLAY
    }

    public FieldUse {
        Objects.requireNonNull(dataViewId, "dataViewId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(usage, "usage");
    }
}
