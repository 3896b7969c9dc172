package io.vigie.index.daily;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The aggregation that computes one {@link DayBucket}'s rows from the mention indices, and the reading of
 * its answer. Uses only core aggregations (filter, terms, missing, cardinality, sum, value_count), which
 * every distribution has.
 */
final class DailyQuery {
    /** Below this many distinct story ids a day, cardinality counts them exactly (HyperLogLog++ linear counting). */
    static final int STORY_PRECISION = 40_000;
    static final int MAX_PILLARS = 50;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DailyQuery() {
    }

    static ObjectNode body(DayBucket b) {
        Instant from = b.day().atStartOfDay(DayBucket.ZONE).toInstant();
        Instant to = b.day().plusDays(1).atStartOfDay(DayBucket.ZONE).toInstant();
        ObjectNode root = JSON.objectNode();
        root.put("size", 0);
        ArrayNode filter = root.putObject("query").putObject("bool").putArray("filter");
        filter.addObject().putObject("range").putObject("@timestamp")
                .put("gte", from.toString()).put("lt", to.toString());
        filter.add(valueOrMissing("lang", b.lang()));
        filter.add(valueOrMissing("source.country", b.country()));

        ObjectNode aggs = root.putObject("aggs");
        ObjectNode all = aggs.putObject("all");
        all.putObject("filter").putObject("match_all");
        all.set("aggs", metrics());
        ObjectNode pillars = aggs.putObject("pillars");
        pillars.putObject("terms").put("field", "pillars").put("size", MAX_PILLARS);
        pillars.set("aggs", metrics());
        ObjectNode none = aggs.putObject("none");
        none.putObject("filter").putObject("bool").putArray("must_not").addObject()
                .putObject("exists").put("field", "pillars");
        none.set("aggs", metrics());
        return root;
    }

    /** {@code unknown} also stands for a missing value, as {@link DayBucket} maps both to it. */
    private static ObjectNode valueOrMissing(String field, String value) {
        ObjectNode term = JSON.objectNode();
        term.putObject("term").put(field, value);
        if (!DayBucket.UNKNOWN.equals(value)) {
            return term;
        }
        ObjectNode bool = JSON.objectNode();
        ArrayNode should = bool.putObject("bool").putArray("should");
        should.add(term);
        should.addObject().putObject("bool").putArray("must_not").addObject().putObject("exists").put("field", field);
        return bool;
    }

    private static ObjectNode metrics() {
        ObjectNode m = JSON.objectNode();
        m.putObject("stories").putObject("cardinality").put("field", "story_id")
                .put("precision_threshold", STORY_PRECISION);
        m.putObject("no_story").putObject("missing").put("field", "story_id");
        m.putObject("weighted").putObject("sum").put("field", "source.audience_weight").put("missing", 1.0);
        m.putObject("relevant").putObject("filter").putObject("term").put("relevant", true);
        m.putObject("international").putObject("filter").putObject("term").put("source.tier", "international");
        m.putObject("scored").putObject("value_count").put("field", "sentiment.score");
        m.putObject("sentiment_sum").putObject("sum").put("field", "sentiment.score");
        m.putObject("negative").putObject("filter").putObject("term").put("sentiment.label", "negative");
        m.putObject("framed").putObject("filter").putObject("exists").put("field", "frames");
        m.putObject("forefront").putObject("filter").putObject("term").put("frames", "forefront");
        return m;
    }

    /** The rows of one bucket: {@code all} first (absent when the bucket has no mention), then pillars, then {@code none}. */
    static List<DailyRow> rows(DayBucket b, Map<String, Aggregate> aggs) {
        List<DailyRow> rows = new ArrayList<>();
        Aggregate all = aggs.get("all");
        if (all == null || all.filter().docCount() == 0) {
            return rows;
        }
        rows.add(row(b, DailyRow.ALL, all.filter().docCount(), all.filter().aggregations()));
        for (StringTermsBucket p : aggs.get("pillars").sterms().buckets().array()) {
            rows.add(row(b, p.key().stringValue(), p.docCount(), p.aggregations()));
        }
        Aggregate none = aggs.get("none");
        if (none.filter().docCount() > 0) {
            rows.add(row(b, DailyRow.NONE, none.filter().docCount(), none.filter().aggregations()));
        }
        return rows;
    }

    private static DailyRow row(DayBucket b, String pillar, long mentions, Map<String, Aggregate> m) {
        // Mentions indexed before story grouping (template v1) have no story id: each is its own story.
        long stories = m.get("stories").cardinality().value() + m.get("no_story").missing().docCount();
        double scored = m.get("scored").valueCount().value();
        double sentimentSum = m.get("sentiment_sum").sum().value();
        return new DailyRow(b, pillar, mentions, stories,
                m.get("relevant").filter().docCount(),
                m.get("international").filter().docCount(),
                m.get("weighted").sum().value(),
                (long) scored,
                Double.isFinite(sentimentSum) ? sentimentSum : 0.0,
                m.get("negative").filter().docCount(),
                m.get("framed").filter().docCount(),
                m.get("forefront").filter().docCount());
    }
}
