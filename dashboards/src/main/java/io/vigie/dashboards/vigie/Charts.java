package io.vigie.dashboards.vigie;

import static io.vigie.dashboards.lens.Columns.count;
import static io.vigie.dashboards.lens.Columns.dateHistogram;
import static io.vigie.dashboards.lens.Columns.terms;

import io.vigie.dashboards.dataview.DataView;
import io.vigie.dashboards.lens.LensColumn;
import io.vigie.dashboards.lens.LensLayer;
import io.vigie.dashboards.lens.LensMetric;
import io.vigie.dashboards.lens.LensPie;
import io.vigie.dashboards.lens.LensXY;
import io.vigie.dashboards.lens.LensXY.Series;
import io.vigie.dashboards.lens.LensXY.XYLayer;
import java.util.List;

/** The recurring chart shapes of Vigie's dashboards, so each dashboard reads as a list of questions. */
final class Charts {
    private Charts() {
    }

    static LensMetric metric(String id, String title, DataView dv, LensColumn metric) {
        return new LensMetric(id, title, new LensLayer("l1", dv.id()).column(metric), metric.id());
    }

    /** Document count per top value of {@code field}, optionally counting only documents matching {@code kql}. */
    static LensXY topValues(String id, String title, DataView dv, String field, String label, int size,
                            String kql) {
        LensLayer l = new LensLayer("l1", dv.id())
                .column(terms("group", field, label, size, "n", false))
                .column(count("n", "Mentions", kql));
        return new LensXY(id, title, List.of(new XYLayer(l, Series.BAR_HORIZONTAL, "group", null, List.of("n"))));
    }

    static LensPie share(String id, String title, DataView dv, String field, String label, int size) {
        LensLayer l = new LensLayer("l1", dv.id())
                .column(terms("group", field, label, size, "n", true))
                .column(count("n", "Mentions"));
        return new LensPie(id, title, l, "group", "n");
    }

    /** Count over time broken down by the top values of {@code field}. */
    static LensXY breakdownOverTime(String id, String title, DataView dv, String field, String label, int size,
                                    Series series) {
        LensLayer l = new LensLayer("l1", dv.id())
                .column(dateHistogram("time", dv.timeField()))
                .column(terms("split", field, label, size, "n", false))
                .column(count("n", "Mentions"));
        return new LensXY(id, title, List.of(new XYLayer(l, series, "time", "split", List.of("n"))));
    }

    /** One or more metrics over time (each a line), optionally broken down by {@code splitField}. */
    static LensXY overTime(String id, String title, DataView dv, String splitField, String splitLabel,
                           List<LensColumn> metrics) {
        LensLayer l = new LensLayer("l1", dv.id()).column(dateHistogram("time", dv.timeField()));
        if (splitField != null) {
            l.column(terms("split", splitField, splitLabel, 5, metrics.getFirst().id(), false));
        }
        metrics.forEach(l::column);
        return new LensXY(id, title, List.of(new XYLayer(l, Series.LINE, "time",
                splitField == null ? null : "split", metrics.stream().map(LensColumn::id).toList())));
    }
}
