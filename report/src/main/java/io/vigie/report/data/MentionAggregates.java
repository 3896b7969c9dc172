package io.vigie.report.data;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.report.period.ReportPeriod;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Reads a report's figures from the mention indices with aggregations, so that the cost of a report
 * does not grow with the number of documents it covers; documents are fetched only for the stories
 * shown. An absent index reads as no mention.
 */
public final class MentionAggregates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TITLE_PAGE = 10_000;

    private final ElasticsearchClient client;
    private final String index;
    private final ReportQueries queries;
    private final LongAdder requests = new LongAdder();

    public MentionAggregates(ElasticsearchClient client, String index, String homeCountry) {
        this.client = client;
        this.index = index;
        this.queries = new ReportQueries(homeCountry);
    }

    /** Counts of every window (newest first) and per-source activity. */
    public record WindowsResult(List<WindowCounts> windows, List<SourceActivity> sources) {
    }

    public WindowsResult windows(List<ReportPeriod> windows, int referenceWindows) {
        Map<String, Aggregate> aggs = search(queries.windows(windows, referenceWindows));
        List<WindowCounts> counts = new ArrayList<>();
        Map<String, FiltersBucket> keyed = aggs.containsKey("windows") ? aggs.get("windows").filters().buckets().keyed() : Map.of();
        for (int k = 0; k < windows.size(); k++) {
            FiltersBucket b = keyed.get("w" + k);
            counts.add(b == null ? WindowCounts.EMPTY : window(b));
        }
        List<SourceActivity> sources = new ArrayList<>();
        if (aggs.containsKey("sources")) {
            Aggregate bySource = aggs.get("sources").filter().aggregations().get("by_source");
            for (StringTermsBucket s : stringBuckets(bySource)) {
                long now = s.aggregations().get("now").filter().docCount();
                List<StringTermsBucket> names = stringBuckets(s.aggregations().get("name"));
                String id = s.key().stringValue();
                sources.add(new SourceActivity(id, names.isEmpty() ? id : names.get(0).key().stringValue(),
                        s.docCount() - now, now));
            }
        }
        return new WindowsResult(counts, sources);
    }

    private static WindowCounts window(FiltersBucket b) {
        Map<String, Aggregate> w = b.aggregations();
        Map<String, Aggregate> s = w.get("scope").filter().aggregations();
        Map<String, Aggregate> labelled = s.get("labelled").filter().aggregations();
        Aggregate intlLabelled = s.get("international_labelled");
        // Mentions indexed before story grouping (schema v1) have no story id: each is its own story.
        long stories = s.get("stories").cardinality().value() + s.get("no_story").missing().docCount();
        return new WindowCounts(b.docCount(), count(w, "unclassified"), count(w, "feed"),
                w.get("scope").filter().docCount(), stories, count(s, "country_known"), count(s, "international"),
                s.get("labelled").filter().docCount(), count(labelled, "positive"), count(labelled, "negative"),
                intlLabelled.filter().docCount(), count(intlLabelled.filter().aggregations(), "hits"),
                count(s, "forefront"), count(s, "lagging"));
    }

    public Breakdowns breakdowns(ReportPeriod period, int top) {
        Map<String, Aggregate> aggs = search(queries.breakdowns(period, top));
        if (!aggs.containsKey("daily")) {
            return Breakdowns.EMPTY;
        }
        List<Breakdowns.Day> daily = new ArrayList<>();
        for (DateHistogramBucket d : aggs.get("daily").dateHistogram().buckets().array()) {
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(d.key()), period.zone());
            Map<String, Aggregate> a = d.aggregations();
            daily.add(new Breakdowns.Day(day, d.docCount(), count(a, "positive"), count(a, "negative"), count(a, "labelled")));
        }
        List<Breakdowns.Pillar> pillars = new ArrayList<>();
        for (StringTermsBucket p : stringBuckets(aggs.get("pillars"))) {
            Map<String, Aggregate> a = p.aggregations();
            pillars.add(new Breakdowns.Pillar(p.key().stringValue().toLowerCase(Locale.ROOT), p.docCount(),
                    count(a, "positive"), count(a, "neutral"), count(a, "negative")));
        }
        return new Breakdowns(daily, pillars, keyCounts(aggs.get("themes"), false), keyCounts(aggs.get("topics"), false),
                keyCounts(aggs.get("countries"), true), keyCounts(aggs.get("languages"), true));
    }

    /** Up to {@code size} stories ranked by outlets, copies, then mean score; {@code more} if others exist. */
    public record Candidates(List<StoryStats> stories, boolean more) {
    }

    public Candidates storyCandidates(ReportPeriod period, int size, String direction) {
        Map<String, Aggregate> aggs = search(queries.storyCandidates(period, size, direction));
        if (!aggs.containsKey("stories")) {
            return new Candidates(List.of(), false);
        }
        List<StoryStats> out = new ArrayList<>();
        List<StringTermsBucket> buckets = stringBuckets(aggs.get("stories"));
        for (StringTermsBucket b : buckets) {
            Map<String, Aggregate> a = b.aggregations();
            Map<String, Aggregate> labelOnly = a.get("label_only").filter().aggregations();
            double sum = a.get("score_sum").sum().value();
            Double scoredValue = a.get("scored").valueCount().value();
            long scored = scoredValue == null ? 0 : scoredValue.longValue();
            long fallback = a.get("label_only").filter().docCount();
            double fallbackSum = 0.5 * (count(labelOnly, "positive") - count(labelOnly, "negative"));
            out.add(new StoryStats(b.key().stringValue(), b.docCount(), a.get("outlets").cardinality().value(),
                    (Double.isFinite(sum) ? sum : 0) + fallbackSum, scored + fallback));
        }
        boolean more = buckets.size() >= size || aggs.get("stories").sterms().sumOtherDocCount() > 0;
        return new Candidates(out, more);
    }

    /** A mention without story id, as a story of one copy. */
    public record UnkeyedStory(StoryStats stats, StoryCopy copy) {
    }

    /** Mentions without a story id, strongest scores in {@code direction} first, each as its own story. */
    public List<UnkeyedStory> unkeyedStories(ReportPeriod period, int size, String direction) {
        List<UnkeyedStory> out = new ArrayList<>();
        for (Hit<JsonData> hit : hits(queries.unkeyedStories(period, size, direction))) {
            JsonNode doc = source(hit);
            if (doc == null) {
                continue;
            }
            String id = JsonFields.text(doc, "id");
            String key = "id:" + (id == null ? hit.id() : id);
            Double score = JsonFields.number(doc, "sentiment.score");
            if (score == null || score.isNaN()) {
                continue;
            }
            out.add(new UnkeyedStory(new StoryStats(key, 1, 1, score, 1), copy(key, doc)));
        }
        return out;
    }

    /** The copy to show for each story id: the most widely read outlet's, or the earliest with evidence. */
    public Map<String, StoryCopy> storyLeads(ReportPeriod period, Collection<String> storyIds, boolean evidenceOnly) {
        Map<String, StoryCopy> out = new LinkedHashMap<>();
        if (storyIds.isEmpty()) {
            return out;
        }
        for (Hit<JsonData> hit : hits(queries.storyLeads(period, storyIds, evidenceOnly))) {
            JsonNode doc = source(hit);
            String key = doc == null ? null : JsonFields.text(doc, "story_id");
            if (key != null) {
                out.putIfAbsent(key, copy(key, doc));
            }
        }
        return out;
    }

    /**
     * Titles per story in {@code [from, to)}, reading at most {@code cap} distinct (story, title) pairs.
     * A mention without story id is keyed by its title: the same title without id counts as one story.
     */
    public StoryTitles storyTitles(Instant from, Instant to, int cap) {
        Map<String, List<String>> byStory = new LinkedHashMap<>();
        Map<String, String> after = null;
        int read = 0;
        while (true) {
            int page = Math.min(TITLE_PAGE, cap - read);
            if (page <= 0) {
                return new StoryTitles(byStory, true);
            }
            Map<String, Aggregate> aggs = search(queries.storyTitles(from, to, page, after));
            if (!aggs.containsKey("pairs")) {
                return new StoryTitles(byStory, false);
            }
            var composite = aggs.get("pairs").composite();
            List<CompositeBucket> buckets = composite.buckets().array();
            for (CompositeBucket b : buckets) {
                FieldValue story = b.key().get("story");
                String title = b.key().get("title").stringValue();
                String key = story == null || story.isNull() ? "title:" + title : story.stringValue();
                byStory.computeIfAbsent(key, k -> new ArrayList<>(1)).add(title);
            }
            read += buckets.size();
            if (buckets.size() < page || composite.afterKey() == null || composite.afterKey().isEmpty()) {
                return new StoryTitles(byStory, false);
            }
            after = new LinkedHashMap<>();
            for (var e : composite.afterKey().entrySet()) {
                after.put(e.getKey(), e.getValue() == null || e.getValue().isNull() ? null : e.getValue().stringValue());
            }
        }
    }

    /** Search requests sent so far (for status lines and the benchmark). */
    public long requests() {
        return requests.sum();
    }

    private static StoryCopy copy(String key, JsonNode doc) {
        String url = JsonFields.text(doc, "url");
        return new StoryCopy(key, JsonFields.text(doc, "title"), url == null ? JsonFields.text(doc, "canonical_url") : url,
                JsonFields.text(doc, "source.name"), JsonFields.text(doc, "source.country"),
                JsonFields.firstText(doc, "sentiment.evidence", "evidence.sentiment", "evidence"));
    }

    private static long count(Map<String, Aggregate> aggs, String name) {
        Aggregate a = aggs.get(name);
        return a == null ? 0 : a.filter().docCount();
    }

    // An unmapped field (e.g. topics before the template maps it) answers with an unmapped-terms aggregate.
    private static List<StringTermsBucket> stringBuckets(Aggregate a) {
        return a != null && a.isSterms() ? a.sterms().buckets().array() : List.of();
    }

    private static List<Breakdowns.KeyCount> keyCounts(Aggregate a, boolean upperCase) {
        Map<String, Long> merged = new LinkedHashMap<>();
        for (StringTermsBucket b : stringBuckets(a)) {
            String key = b.key().stringValue().strip();
            key = key.isEmpty() ? "?" : upperCase ? key.toUpperCase(Locale.ROOT) : key.toLowerCase(Locale.ROOT);
            merged.merge(key, b.docCount(), Long::sum);
        }
        return merged.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Breakdowns.KeyCount(e.getKey(), e.getValue())).toList();
    }

    private Map<String, Aggregate> search(ObjectNode body) {
        try {
            requests.increment();
            String json = body.toString();
            SearchResponse<Void> r = client.search(s -> s.withJson(new StringReader(json)).index(index)
                    .ignoreUnavailable(true).allowNoIndices(true), Void.class);
            return r.aggregations() == null ? Map.of() : r.aggregations();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Map.of();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot aggregate mentions of Elasticsearch index " + index, e);
        }
    }

    private List<Hit<JsonData>> hits(ObjectNode body) {
        try {
            requests.increment();
            String json = body.toString();
            SearchResponse<JsonData> r = client.search(s -> s.withJson(new StringReader(json)).index(index)
                    .ignoreUnavailable(true).allowNoIndices(true), JsonData.class);
            return r.hits().hits();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mentions from Elasticsearch index " + index, e);
        }
    }

    private static JsonNode source(Hit<JsonData> hit) {
        if (hit.source() == null) {
            return null;
        }
        try {
            return JSON.readTree(hit.source().toJson().toString());
        } catch (IOException e) {
            return null;
        }
    }
}
