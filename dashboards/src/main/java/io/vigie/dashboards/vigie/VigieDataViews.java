package io.vigie.dashboards.vigie;

import io.vigie.dashboards.dataview.DataView;
import io.vigie.dashboards.dataview.FieldCatalog;
import io.vigie.dashboards.dataview.FieldType;
import io.vigie.dashboards.dataview.RuntimeAlias;
import java.util.List;

/**
 * Vigie's three data views and the fields the dashboards expect in them. Fields marked planned are added by later
 * pipeline stages (relevance, sentiment, pillars, places, stories, daily aggregates, alerts).
 */
public final class VigieDataViews {
    public static final String MENTIONS_ID = "vigie-dv-mentions";
    public static final String DAILY_ID = "vigie-dv-daily";
    public static final String ALERTS_ID = "vigie-dv-alerts";

    public static final DataView MENTIONS = new DataView(MENTIONS_ID, "Vigie mentions", "@timestamp",
            new FieldCatalog("vigie-mentions*")
                    .mapped("@timestamp", FieldType.DATE)
                    .mapped("id", FieldType.KEYWORD)
                    .mapped("url", FieldType.KEYWORD)
                    .mapped("canonical_url", FieldType.KEYWORD)
                    .mapped("title", FieldType.TEXT)
                    .mapped("title.keyword", FieldType.KEYWORD)
                    .mapped("lang", FieldType.KEYWORD)
                    .mapped("site_name", FieldType.KEYWORD)
                    .mapped("published", FieldType.DATE)
                    .mapped("source.id", FieldType.KEYWORD)
                    .mapped("source.name", FieldType.KEYWORD)
                    .mapped("source.kind", FieldType.KEYWORD)
                    .mapped("source.domain", FieldType.KEYWORD)
                    .mapped("source.country", FieldType.KEYWORD)
                    .mapped("source.language", FieldType.KEYWORD)
                    .mapped("source.tier", FieldType.KEYWORD)
                    .mapped("source.audience_weight", FieldType.NUMBER)
                    .planned("relevant", FieldType.BOOLEAN)
                    .planned("relevance", FieldType.NUMBER)
                    .planned("sentiment.label", FieldType.KEYWORD)
                    .planned("sentiment.score", FieldType.NUMBER)
                    .planned("pillars", FieldType.KEYWORD)
                    .planned("themes", FieldType.KEYWORD)
                    .planned("frames", FieldType.KEYWORD)
                    .planned("places.name", FieldType.KEYWORD)
                    .planned("places.location", FieldType.GEO_POINT)
                    .planned("story_id", FieldType.KEYWORD))
            .urlField("url")
            .urlField("canonical_url");

    public static final DataView DAILY = new DataView(DAILY_ID, "Vigie daily aggregates", "day",
            new FieldCatalog("vigie-daily")
                    .planned("day", FieldType.DATE)
                    .planned("lang", FieldType.KEYWORD)
                    .planned("source_country", FieldType.KEYWORD)
                    .planned("pillar", FieldType.KEYWORD)
                    .planned("mentions", FieldType.NUMBER)
                    .planned("stories", FieldType.NUMBER)
                    .planned("sentiment_mean", FieldType.NUMBER)
                    .planned("negative_share", FieldType.NUMBER)
                    .planned("forefront_share", FieldType.NUMBER)
                    .planned("weighted_mentions", FieldType.NUMBER))
            .runtimeAlias(new RuntimeAlias("source.country", "source_country"))
            .runtimeAlias(new RuntimeAlias("pillars", "pillar"));

    public static final DataView ALERTS = new DataView(ALERTS_ID, "Vigie alerts", "@timestamp",
            new FieldCatalog("vigie-alerts*")
                    .planned("@timestamp", FieldType.DATE)
                    .planned("severity", FieldType.KEYWORD)
                    .planned("pillar", FieldType.KEYWORD)
                    .planned("observed", FieldType.NUMBER)
                    .planned("baseline", FieldType.NUMBER)
                    .planned("factor", FieldType.NUMBER)
                    .planned("window_start", FieldType.DATE)
                    .planned("window_end", FieldType.DATE)
                    .planned("status", FieldType.KEYWORD))
            .runtimeAlias(new RuntimeAlias("pillars", "pillar"));

    private VigieDataViews() {
    }

    public static List<DataView> all() {
        return List.of(MENTIONS, DAILY, ALERTS);
    }
}
