package io.vigie.dashboards.vigie;

import static io.vigie.dashboards.lens.Columns.count;
import static io.vigie.dashboards.lens.Columns.lastValue;
import static io.vigie.dashboards.lens.Columns.latestDate;
import static io.vigie.dashboards.lens.Columns.terms;
import static io.vigie.dashboards.lens.Columns.uniqueCount;
import static io.vigie.dashboards.vigie.VigieDataViews.MENTIONS;

import io.vigie.dashboards.dashboard.Dashboard;
import io.vigie.dashboards.lens.LensLayer;
import io.vigie.dashboards.lens.LensTable;
import io.vigie.dashboards.lens.LensXY.Series;

/** "Sources": who covers the metropolis, and whether each source is still delivering. */
final class SourcesDashboard {
    static final String ID = "vigie-dashboard-sources";

    private SourcesDashboard() {
    }

    static Dashboard build() {
        String p = "vigie-sources-";
        // No relevance filter here: source health is about what sources deliver, relevant or not.
        Dashboard d = new Dashboard(ID, "Vigie - Sources",
                "Outlets, countries, tiers and languages, and per-source delivery over time.", "", MENTIONS.id());
        d.panel(Charts.metric(p + "active", "Active sources", MENTIONS, uniqueCount("m", "source.name", "Sources")),
                        12, 6)
                .panel(Charts.metric(p + "countries-count", "Countries", MENTIONS,
                        uniqueCount("m", "source.country", "Countries")), 12, 6)
                .panel(Charts.metric(p + "languages-count", "Languages", MENTIONS,
                        uniqueCount("m", "lang", "Languages")), 12, 6)
                .panel(Charts.metric(p + "mentions", "Mentions", MENTIONS, count("m", "Mentions")), 12, 6)
                .panel(Charts.topValues(p + "outlets", "Top outlets", MENTIONS, "source.name", "Outlet", 20, null),
                        24, 14)
                .panel(Charts.share(p + "countries", "Source countries", MENTIONS, "source.country", "Country", 10),
                        12, 14)
                .panel(Charts.share(p + "tiers", "Source tiers", MENTIONS, "source.tier", "Tier", 5), 12, 14)
                .panel(Charts.share(p + "languages", "Languages", MENTIONS, "lang", "Language", 10), 16, 12)
                .panel(Charts.breakdownOverTime(p + "tiers-over-time", "Mentions per tier over time", MENTIONS,
                        "source.tier", "Tier", 5, Series.BAR_STACKED), 32, 12)
                .panel(Charts.breakdownOverTime(p + "health-over-time", "Source health: mentions per source over time",
                        MENTIONS, "source.name", "Source", 25, Series.BAR_STACKED), 48, 14)
                .panel(sourceHealth(p + "health"), 48, 16);
        return Filters.addStandardControls(d);
    }

    /** One row per source with its volume and last delivery: a source whose "last mention" is old has stalled. */
    static LensTable sourceHealth(String id) {
        LensLayer l = new LensLayer("l1", MENTIONS.id())
                .column(terms("source", "source.name", "Source", 200, "n", false))
                .column(lastValue("country", "source.country", MENTIONS.timeField(), "Country"))
                .column(lastValue("tier", "source.tier", MENTIONS.timeField(), "Tier"))
                .column(count("n", "Mentions"))
                .column(latestDate("last", MENTIONS.timeField(), "Last mention"));
        return new LensTable(id, "Source health", l);
    }
}
