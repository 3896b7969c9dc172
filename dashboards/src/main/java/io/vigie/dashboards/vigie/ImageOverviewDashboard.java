package io.vigie.dashboards.vigie;

import static io.vigie.dashboards.lens.Columns.count;
import static io.vigie.dashboards.lens.Columns.lastValue;
import static io.vigie.dashboards.lens.Columns.numeric;
import static io.vigie.dashboards.lens.Columns.terms;
import static io.vigie.dashboards.lens.Columns.uniqueCount;
import static io.vigie.dashboards.vigie.VigieDataViews.MENTIONS;

import io.vigie.dashboards.dashboard.Dashboard;
import io.vigie.dashboards.dashboard.SavedSearch;
import io.vigie.dashboards.lens.LensLayer;
import io.vigie.dashboards.lens.LensTable;
import io.vigie.dashboards.lens.LensXY.Series;
import io.vigie.dashboards.savedobject.FieldUse;
import io.vigie.dashboards.vega.VegaSpecs;
import io.vigie.dashboards.vega.VegaVisualization;
import java.util.List;
import java.util.Set;

/** "Image overview": how much, how positive, where and by whom the metropolis is covered. */
final class ImageOverviewDashboard {
    static final String ID = "vigie-dashboard-overview";

    private ImageOverviewDashboard() {
    }

    static Dashboard build() {
        String p = "vigie-overview-";
        Dashboard d = new Dashboard(ID, "Vigie - Image overview",
                "Volume, tone and reach of the international coverage of Aix-Marseille-Provence.",
                Filters.RELEVANT_ONLY, MENTIONS.id());
        d.panel(Charts.metric(p + "mentions", "Mentions", MENTIONS, count("m", "Mentions")), 12, 6)
                .panel(Charts.metric(p + "stories", "Stories", MENTIONS, uniqueCount("m", "story_id", "Stories")),
                        12, 6)
                .panel(Charts.metric(p + "sentiment", "Mean sentiment (-1..1)", MENTIONS,
                        numeric("m", "average", "sentiment.score", "Mean sentiment")), 12, 6)
                .panel(Charts.metric(p + "negative", "Negative mentions", MENTIONS,
                        count("m", "Negative mentions", "sentiment.label : negative")), 12, 6)
                .panel(Charts.overTime(p + "volume", "Mentions and stories over time", MENTIONS, null, null,
                        List.of(count("n", "Mentions"), uniqueCount("s", "story_id", "Stories"))), 24, 12)
                .panel(Charts.breakdownOverTime(p + "sentiment-share", "Sentiment share over time", MENTIONS,
                        "sentiment.label", "Sentiment", 3, Series.BAR_PERCENTAGE), 24, 12)
                .panel(Charts.overTime(p + "sentiment-mean", "Mean sentiment score over time", MENTIONS, null, null,
                        List.of(numeric("avg", "average", "sentiment.score", "Mean sentiment score"))), 48, 10)
                .panel(Charts.topValues(p + "countries", "Coverage by source country", MENTIONS, "source.country",
                        "Source country", 15, null), 16, 14)
                .panel(Charts.share(p + "languages", "Coverage by language", MENTIONS, "lang", "Language", 8),
                        16, 14)
                .panel(Charts.topValues(p + "outlets", "Top outlets", MENTIONS, "source.name", "Outlet", 15, null),
                        16, 14)
                .panel(placesMap(p + "places-map"), 24, 18)
                .panel(topStories(p + "top-stories"), 24, 18)
                .panel(new SavedSearch(p + "latest", "Latest mentions (with links)", MENTIONS.id(),
                        MENTIONS.timeField(), List.of("title", "source.name", "source.country", "url"), ""), 48, 16);
        return Filters.addStandardControls(d);
    }

    static VegaVisualization placesMap(String id) {
        return new VegaVisualization(id, "Places mentioned", MENTIONS.id(),
                VegaSpecs.geoGridMap(MENTIONS.title(), MENTIONS.timeField(), "places.location"),
                Set.of(new FieldUse(MENTIONS.id(), "places.location", FieldUse.Usage.GEO),
                        new FieldUse(MENTIONS.id(), MENTIONS.timeField(), FieldUse.Usage.DATE)));
    }

    /** Most-covered stories: one row per story with its latest headline and link. */
    static LensTable topStories(String id) {
        LensLayer l = new LensLayer("l1", MENTIONS.id())
                .column(terms("story", "story_id", "Story", 15, "n", false))
                .column(lastValue("headline", "title.keyword", MENTIONS.timeField(), "Latest headline"))
                .column(count("n", "Mentions"))
                .column(uniqueCount("outlets", "source.name", "Outlets"))
                .column(lastValue("link", "url", MENTIONS.timeField(), "Latest link"));
        return new LensTable(id, "Top stories", l);
    }
}
