package io.vigie.dashboards.vigie;

import io.vigie.dashboards.dataview.DataView;
import io.vigie.dashboards.dataview.FieldCatalog;
import io.vigie.dashboards.dataview.FieldType;
import io.vigie.dashboards.dataview.RuntimeAlias;
import java.util.List;

/**
 * Vigie's three data views and the fields the dashboards expect in them. Every field is mapped by the index
 * templates (index module: vigie-mentions, vigie-daily; alerts module: vigie-alerts), which tests check strictly.
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
                    .mapped("text_length", FieldType.NUMBER)
                    .mapped("relevant", FieldType.BOOLEAN)
                    .mapped("relevance", FieldType.NUMBER)
                    .mapped("sentiment.label", FieldType.KEYWORD)
                    .mapped("sentiment.score", FieldType.NUMBER)
                    .mapped("pillars", FieldType.KEYWORD)
                    .mapped("themes", FieldType.KEYWORD)
                    .mapped("topics", FieldType.KEYWORD)
                    .mapped("frames", FieldType.KEYWORD)
                    .mapped("places.name", FieldType.KEYWORD)
                    .mapped("places.location", FieldType.GEO_POINT)
                    .mapped("story_id", FieldType.KEYWORD))
            .urlField("url")
            .urlField("canonical_url");

    public static final DataView DAILY = new DataView(DAILY_ID, "Vigie daily aggregates", "day",
            new FieldCatalog("vigie-daily")
                    .mapped("day", FieldType.DATE)
                    .mapped("lang", FieldType.KEYWORD)
                    .mapped("source_country", FieldType.KEYWORD)
                    .mapped("pillar", FieldType.KEYWORD)
                    .mapped("mentions", FieldType.NUMBER)
                    .mapped("stories", FieldType.NUMBER)
                    .mapped("sentiment_mean", FieldType.NUMBER)
                    .mapped("negative_share", FieldType.NUMBER)
                    .mapped("forefront_share", FieldType.NUMBER)
                    .mapped("weighted_mentions", FieldType.NUMBER))
            .runtimeAlias(new RuntimeAlias("source.country", "source_country"))
            .runtimeAlias(new RuntimeAlias("pillars", "pillar"));

    public static final DataView ALERTS = new DataView(ALERTS_ID, "Vigie alerts", "@timestamp",
            new FieldCatalog("vigie-alerts*")
                    .mapped("@timestamp", FieldType.DATE)
                    .mapped("severity", FieldType.KEYWORD)
                    .mapped("pillar", FieldType.KEYWORD)
                    .mapped("observed", FieldType.NUMBER)
                    .mapped("baseline", FieldType.NUMBER)
                    .mapped("factor", FieldType.NUMBER)
                    .mapped("window_start", FieldType.DATE)
                    .mapped("window_end", FieldType.DATE)
                    .mapped("status", FieldType.KEYWORD))
            .runtimeAlias(new RuntimeAlias("pillars", "pillar"));

    private VigieDataViews() {
    }

    public static List<DataView> all() {
        return List.of(MENTIONS, DAILY, ALERTS);
    }
}
