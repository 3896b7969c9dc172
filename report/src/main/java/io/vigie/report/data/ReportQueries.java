package io.vigie.report.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.report.period.ReportPeriod;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The Elasticsearch request bodies of a report. Only core queries and aggregations (filter, filters,
 * terms, missing, cardinality, sum, value_count, avg, date_histogram, composite, collapse): no script,
 * no fielddata, so they run on the minimal distribution. Each figure's definition lives in exactly
 * one filter here, mirroring the methodology box of the report.
 */
public final class ReportQueries {
    /** Below this many distinct story ids per window, cardinality is exact in practice (linear counting). */
    static final int STORY_PRECISION = 40_000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final List<String> LABELS = List.of("positive", "neutral", "negative");

    private final String homeCountry;

    public ReportQueries(String homeCountry) {
        this.homeCountry = homeCountry;
    }

    // ---- predicates -------------------------------------------------------------------------

    static ObjectNode range(Instant from, Instant to) {
        ObjectNode q = JSON.objectNode();
        q.putObject("range").putObject("@timestamp").put("gte", from.toString()).put("lt", to.toString())
                .put("format", "strict_date_optional_time");
        return q;
    }

    static ObjectNode range(ReportPeriod p) {
        return range(p.start(), p.end());
    }

    static ObjectNode term(String field, String value) {
        ObjectNode q = JSON.objectNode();
        q.putObject("term").putObject(field).put("value", value).put("case_insensitive", true);
        return q;
    }

    static ObjectNode exists(String field) {
        ObjectNode q = JSON.objectNode();
        q.putObject("exists").put("field", field);
        return q;
    }

    static ObjectNode not(ObjectNode inner) {
        ObjectNode q = JSON.objectNode();
        q.putObject("bool").putArray("must_not").add(inner);
        return q;
    }

    static ObjectNode and(ObjectNode... parts) {
        ObjectNode q = JSON.objectNode();
        ArrayNode filter = q.putObject("bool").putArray("filter");
        for (ObjectNode p : parts) {
            filter.add(p);
        }
        return q;
    }

    static ObjectNode or(ObjectNode... parts) {
        ObjectNode q = JSON.objectNode();
        ObjectNode bool = q.putObject("bool");
        ArrayNode should = bool.putArray("should");
        for (ObjectNode p : parts) {
            should.add(p);
        }
        bool.put("minimum_should_match", 1);
        return q;
    }

    /** Relevant, or not yet classified (schema v1 documents): what every image figure counts. */
    static ObjectNode inScope() {
        return not(JSON.objectNode().set("term", JSON.objectNode().put("relevant", false)));
    }

    static ObjectNode label(String label) {
        return term("sentiment.label", label);
    }

    static ObjectNode labelled() {
        return or(label("positive"), label("neutral"), label("negative"));
    }

    /** Outlet country known and not the home country. */
    ObjectNode international() {
        return and(exists("source.country"), not(term("source.country", homeCountry)));
    }

    /** Without relevance, or relevant without a sentiment label. */
    static ObjectNode unclassified() {
        return or(not(exists("relevant")),
                and(JSON.objectNode().set("term", JSON.objectNode().put("relevant", true)), not(exists("sentiment.label"))));
    }

    static ObjectNode filterAgg(ObjectNode query) {
        ObjectNode a = JSON.objectNode();
        a.set("filter", query);
        return a;
    }

    static ObjectNode filterAgg(ObjectNode query, ObjectNode subAggs) {
        ObjectNode a = filterAgg(query);
        a.set("aggs", subAggs);
        return a;
    }

    // ---- bodies -----------------------------------------------------------------------------

    /**
     * Headline counts of every window (newest first, keyed w0, w1...), plus per-source document
     * counts over the reference windows and the current one (silent sources).
     */
    public ObjectNode windows(List<ReportPeriod> windows, int referenceWindows) {
        ObjectNode root = JSON.objectNode();
        root.put("size", 0).put("track_total_hits", false);
        ReportPeriod oldest = windows.get(windows.size() - 1);
        root.putObject("query").set("bool", JSON.objectNode().set("filter",
                JSON.arrayNode().add(range(oldest.start(), windows.get(0).end()))));
        ObjectNode aggs = root.putObject("aggs");
        ObjectNode keyed = aggs.putObject("windows").putObject("filters").putObject("filters");
        for (int k = 0; k < windows.size(); k++) {
            keyed.set("w" + k, range(windows.get(k)));
        }
        ObjectNode perWindow = ((ObjectNode) aggs.get("windows")).putObject("aggs");
        perWindow.set("unclassified", filterAgg(unclassified()));
        perWindow.set("feed", filterAgg(term("text_source", "feed")));
        ObjectNode scope = JSON.objectNode();
        scope.putObject("stories").putObject("cardinality").put("field", "story_id")
                .put("precision_threshold", STORY_PRECISION);
        scope.putObject("no_story").putObject("missing").put("field", "story_id");
        scope.set("country_known", filterAgg(exists("source.country")));
        scope.set("international", filterAgg(international()));
        ObjectNode byLabel = JSON.objectNode();
        byLabel.set("positive", filterAgg(label("positive")));
        byLabel.set("negative", filterAgg(label("negative")));
        scope.set("labelled", filterAgg(labelled(), byLabel));
        ObjectNode hits = JSON.objectNode();
        hits.set("hits", filterAgg(and(exists("pillars"), not(label("negative")))));
        scope.set("international_labelled", filterAgg(and(international(), labelled()), hits));
        scope.set("forefront", filterAgg(and(international(), term("frames", "forefront"), not(term("frames", "lagging")))));
        scope.set("lagging", filterAgg(and(international(), term("frames", "lagging"), not(term("frames", "forefront")))));
        perWindow.set("scope", filterAgg(inScope(), scope));

        ReportPeriod firstReference = windows.get(Math.min(referenceWindows, windows.size() - 1));
        ObjectNode sources = JSON.objectNode();
        ObjectNode bySource = sources.putObject("by_source");
        bySource.putObject("terms").put("field", "source.id").put("size", 10_000);
        ObjectNode sourceAggs = bySource.putObject("aggs");
        sourceAggs.set("now", filterAgg(range(windows.get(0))));
        sourceAggs.putObject("name").putObject("terms").put("field", "source.name").put("size", 1);
        aggs.set("sources", filterAgg(range(firstReference.start(), windows.get(0).end()), sources));
        return root;
    }

    /** Break-downs of the current period's mentions: per day, pillar, theme, topic, country, language. */
    public ObjectNode breakdowns(ReportPeriod period, int top) {
        ObjectNode root = scopedSearch(period);
        ObjectNode aggs = root.putObject("aggs");
        ObjectNode daily = aggs.putObject("daily");
        daily.putObject("date_histogram").put("field", "@timestamp").put("calendar_interval", "day")
                .put("time_zone", period.zone().getId()).put("min_doc_count", 0)
                .putObject("extended_bounds").put("min", period.start().toEpochMilli())
                .put("max", period.end().toEpochMilli() - 1);
        ObjectNode dayAggs = daily.putObject("aggs");
        dayAggs.set("positive", filterAgg(label("positive")));
        dayAggs.set("negative", filterAgg(label("negative")));
        dayAggs.set("labelled", filterAgg(exists("sentiment.label")));
        ObjectNode pillars = terms("pillars", 100, null);
        ObjectNode pillarAggs = pillars.putObject("aggs");
        for (String l : LABELS) {
            pillarAggs.set(l, filterAgg(label(l)));
        }
        aggs.set("pillars", pillars);
        aggs.set("themes", terms("themes", top, null));
        aggs.set("topics", terms("topics", top, null));
        // Top-n of a multi-shard terms aggregation is exact when shard_size exceeds the field's cardinality.
        aggs.set("countries", terms("source.country", top * 4, "?"));
        aggs.set("languages", terms("lang", top * 4, "?"));
        return root;
    }

    private static ObjectNode terms(String field, int size, String missing) {
        ObjectNode a = JSON.objectNode();
        ObjectNode t = a.putObject("terms").put("field", field).put("size", size).put("shard_size", Math.max(size, 1000));
        if (missing != null) {
            t.put("missing", missing);
        }
        t.putArray("order").add(JSON.objectNode().put("_count", "desc")).add(JSON.objectNode().put("_key", "asc"));
        return a;
    }

    /**
     * Stories (by story id) of the period ranked by reach, then by mean score in {@code direction}
     * ("desc" for the positive list, "asc" for the negative one), with what their mean needs.
     */
    public ObjectNode storyCandidates(ReportPeriod period, int size, String direction) {
        ObjectNode root = scopedSearch(period);
        ObjectNode stories = root.putObject("aggs").putObject("stories");
        ObjectNode t = stories.putObject("terms").put("field", "story_id").put("size", size)
                .put("shard_size", Math.max(size * 5, 500));
        t.putArray("order").add(JSON.objectNode().put("outlets", "desc")).add(JSON.objectNode().put("_count", "desc"))
                .add(JSON.objectNode().put("mean", direction)).add(JSON.objectNode().put("_key", "asc"));
        ObjectNode aggs = stories.putObject("aggs");
        aggs.set("outlets", outlets());
        aggs.putObject("mean").putObject("avg").put("field", "sentiment.score");
        aggs.putObject("score_sum").putObject("sum").put("field", "sentiment.score");
        aggs.putObject("scored").putObject("value_count").put("field", "sentiment.score");
        aggs.set("label_only", labelOnly());
        return root;
    }

    static ObjectNode outlets() {
        ObjectNode a = JSON.objectNode();
        a.putObject("cardinality").put("field", "source.id").put("precision_threshold", 1000);
        return a;
    }

    /** Copies with a sentiment label but no score: the label still says which side they are on. */
    static ObjectNode labelOnly() {
        ObjectNode sub = JSON.objectNode();
        sub.set("positive", filterAgg(label("positive")));
        sub.set("negative", filterAgg(label("negative")));
        return filterAgg(and(labelled(), not(exists("sentiment.score"))), sub);
    }

    /** Mentions without a story id (schema v1): each is its own story; the strongest scores first. */
    public ObjectNode unkeyedStories(ReportPeriod period, int size, String direction) {
        ObjectNode root = scopedSearch(period, not(exists("story_id")), exists("sentiment.score"));
        root.put("size", size);
        root.putArray("sort").add(JSON.objectNode().set("sentiment.score", JSON.objectNode().put("order", direction)))
                .add(JSON.objectNode().set("@timestamp", JSON.objectNode().put("order", "asc")));
        sourceFields(root);
        return root;
    }

    /**
     * One copy per story: the most widely read outlet's (earliest on ties), or with {@code evidenceOnly}
     * the earliest copy that carries evidence.
     */
    public ObjectNode storyLeads(ReportPeriod period, Collection<String> storyIds, boolean evidenceOnly) {
        ArrayNode ids = JSON.arrayNode();
        storyIds.forEach(ids::add);
        ObjectNode inStories = JSON.objectNode();
        inStories.putObject("terms").set("story_id", ids);
        ObjectNode root = evidenceOnly
                ? scopedSearch(period, inStories, or(exists("sentiment.evidence"), exists("evidence")))
                : scopedSearch(period, inStories);
        root.put("size", storyIds.size());
        root.putObject("collapse").put("field", "story_id");
        ArrayNode sort = root.putArray("sort");
        if (!evidenceOnly) {
            sort.add(JSON.objectNode().set("source.audience_weight",
                    JSON.objectNode().put("order", "desc").put("missing", 1.0)));
        }
        sort.add(JSON.objectNode().set("@timestamp", JSON.objectNode().put("order", "asc")));
        sourceFields(root);
        return root;
    }

    private static void sourceFields(ObjectNode root) {
        ArrayNode includes = root.putObject("_source").putArray("includes");
        for (String f : List.of("@timestamp", "id", "title", "url", "canonical_url", "source", "sentiment", "evidence",
                "story_id")) {
            includes.add(f);
        }
    }

    /**
     * Distinct (story id, title) pairs of a range's mentions, in story-id order, a page at a time.
     * Story ids are hashes, so a prefix of that order is a pseudo-random sample of stories.
     */
    public ObjectNode storyTitles(Instant from, Instant to, int pageSize, Map<String, String> after) {
        ObjectNode root = JSON.objectNode();
        root.put("size", 0).put("track_total_hits", false);
        root.putObject("query").putObject("bool").putArray("filter").add(range(from, to)).add(inScope());
        ObjectNode composite = root.putObject("aggs").putObject("pairs").putObject("composite").put("size", pageSize);
        ArrayNode sources = composite.putArray("sources");
        sources.addObject().putObject("story").putObject("terms").put("field", "story_id").put("missing_bucket", true);
        sources.addObject().putObject("title").putObject("terms").put("field", "title.keyword");
        if (after != null) {
            ObjectNode a = composite.putObject("after");
            after.forEach((k, v) -> {
                if (v == null) {
                    a.putNull(k);
                } else {
                    a.put(k, v);
                }
            });
        }
        return root;
    }

    private static ObjectNode scopedSearch(ReportPeriod period, ObjectNode... more) {
        ObjectNode root = JSON.objectNode();
        root.put("size", 0).put("track_total_hits", false);
        ArrayNode filter = root.putObject("query").putObject("bool").putArray("filter");
        filter.add(range(period)).add(inScope());
        for (ObjectNode m : more) {
            filter.add(m);
        }
        return root;
    }
}
