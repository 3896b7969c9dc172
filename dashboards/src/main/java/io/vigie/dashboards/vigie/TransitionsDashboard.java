package io.vigie.dashboards.vigie;

import static io.vigie.dashboards.lens.Columns.count;
import static io.vigie.dashboards.lens.Columns.lastValue;
import static io.vigie.dashboards.lens.Columns.numeric;
import static io.vigie.dashboards.lens.Columns.terms;
import static io.vigie.dashboards.vigie.VigieDataViews.DAILY;
import static io.vigie.dashboards.vigie.VigieDataViews.MENTIONS;

import io.vigie.dashboards.dashboard.Dashboard;
import io.vigie.dashboards.lens.LensLayer;
import io.vigie.dashboards.lens.LensTable;
import io.vigie.dashboards.lens.LensXY;
import io.vigie.dashboards.lens.LensXY.Series;
import io.vigie.dashboards.lens.LensXY.XYLayer;
import java.util.List;

/** "Transitions tracker": economic, environmental and social transitions, and whether AMP is framed as ahead. */
final class TransitionsDashboard {
    static final String ID = "vigie-dashboard-transitions";

    private TransitionsDashboard() {
    }

    static Dashboard build() {
        String p = "vigie-transitions-";
        Dashboard d = new Dashboard(ID, "Vigie - Transitions tracker",
                "Share of coverage per transition pillar, its tone, and forefront vs lagging framing.",
                Filters.RELEVANT_ONLY, MENTIONS.id());
        d.panel(Charts.breakdownOverTime(p + "pillar-share", "Pillar share over time", MENTIONS, "pillars",
                        "Pillar", 3, Series.BAR_PERCENTAGE), 48, 12)
                .panel(sentimentPerPillar(p + "pillar-sentiment"), 24, 12)
                .panel(Charts.overTime(p + "pillar-sentiment-mean", "Mean sentiment per pillar over time", MENTIONS,
                        "pillars", "Pillar",
                        List.of(numeric("avg", "average", "sentiment.score", "Mean sentiment score"))), 24, 12)
                .panel(Charts.overTime(p + "frames", "Forefront vs lagging framing over time", MENTIONS, null, null,
                        List.of(count("forefront", "Framed as forefront", "frames : forefront"),
                                count("lagging", "Framed as lagging", "frames : lagging"))), 24, 12)
                .panel(Charts.overTime(p + "forefront-index", "Forefront share per pillar (daily)", DAILY,
                        "pillar", "Pillar",
                        List.of(numeric("share", "average", "forefront_share", "Forefront share"))), 24, 12)
                .panel(Charts.topValues(p + "themes", "Top themes", MENTIONS, "themes", "Theme", 15, null), 16, 16)
                .panel(topStoriesPerPillar(p + "top-stories"), 32, 16)
                .panel(Charts.topValues(p + "topics", "Top transition topics", MENTIONS, "topics", "Topic", 20,
                        null), 16, 16)
                .panel(topicsPerPillar(p + "topics-per-pillar"), 32, 16);
        return Filters.addStandardControls(d);
    }

    static LensXY sentimentPerPillar(String id) {
        LensLayer l = new LensLayer("l1", MENTIONS.id())
                .column(terms("pillar", "pillars", "Pillar", 3, "n", false))
                .column(terms("sentiment", "sentiment.label", "Sentiment", 3, "n", false))
                .column(count("n", "Mentions"));
        return new LensXY(id, "Sentiment per pillar",
                List.of(new XYLayer(l, Series.BAR_HORIZONTAL_PERCENTAGE, "pillar", "sentiment", List.of("n"))));
    }

    /** Which finer topics (hydrogen, housing...) carry each pillar, and how they are framed. */
    static LensTable topicsPerPillar(String id) {
        LensLayer l = new LensLayer("l1", MENTIONS.id())
                .column(terms("pillar", "pillars", "Pillar", 3, "n", false))
                .column(terms("topic", "topics", "Topic", 8, "n", false))
                .column(count("n", "Mentions"))
                .column(count("forefront", "Framed as forefront", "frames : forefront"))
                .column(count("lagging", "Framed as lagging", "frames : lagging"));
        return new LensTable(id, "Topics per pillar", l);
    }

    static LensTable topStoriesPerPillar(String id) {
        LensLayer l = new LensLayer("l1", MENTIONS.id())
                .column(terms("pillar", "pillars", "Pillar", 3, "n", false))
                .column(terms("story", "story_id", "Story", 5, "n", false))
                .column(lastValue("headline", "title.keyword", MENTIONS.timeField(), "Latest headline"))
                .column(count("n", "Mentions"))
                .column(lastValue("link", "url", MENTIONS.timeField(), "Latest link"));
        return new LensTable(id, "Top stories per pillar", l);
    }
}
