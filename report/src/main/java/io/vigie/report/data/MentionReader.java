package io.vigie.report.data;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the mentions of a time range, page by page (search_after on @timestamp and id), keeping only
 * the fields the report uses. Figures are computed in Java rather than with aggregations so that
 * they run on the minimal Elasticsearch, whatever keyword/text mapping a field has, and so that the
 * same code computes every figure; {@code maxDocs} bounds the memory this takes.
 */
public final class MentionReader {
    private static final Logger LOG = LoggerFactory.getLogger(MentionReader.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 2000;
    private static final List<String> FIELDS = List.of("@timestamp", "id", "title", "url", "canonical_url", "lang",
            "source", "relevant", "territory.relevant", "sentiment", "pillars", "themes", "frames", "frame",
            "transitions", "story_id", "text_source", "evidence");

    private final ElasticsearchClient client;
    private final String index;
    private final int maxDocs;

    public MentionReader(ElasticsearchClient client, String index, int maxDocs) {
        this.client = client;
        this.index = index;
        this.maxDocs = maxDocs;
    }

    /** The mentions with {@code from <= @timestamp < to}, oldest first, at most {@code maxDocs}. */
    public Batch read(Instant from, Instant to) {
        List<MentionRow> rows = new ArrayList<>();
        List<FieldValue> after = null;
        int unreadable = 0;
        try {
            while (rows.size() < maxDocs) {
                List<FieldValue> cursor = after;
                int size = Math.min(PAGE, maxDocs - rows.size());
                SearchResponse<JsonData> response = client.search(s -> {
                    s.index(index).ignoreUnavailable(true).allowNoIndices(true).size(size).trackTotalHits(t -> t.enabled(false))
                            .source(src -> src.filter(f -> f.includes(FIELDS)))
                            .query(q -> q.range(r -> r.date(d -> d.field("@timestamp")
                                    .gte(from.toString()).lt(to.toString()).format("strict_date_optional_time"))))
                            .sort(o -> o.field(f -> f.field("@timestamp").order(SortOrder.Asc)))
                            .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc).unmappedType(
                                    co.elastic.clients.elasticsearch._types.mapping.FieldType.Keyword)));
                    if (cursor != null) {
                        s.searchAfter(cursor);
                    }
                    return s;
                }, JsonData.class);
                List<Hit<JsonData>> hits = response.hits().hits();
                for (Hit<JsonData> hit : hits) {
                    MentionRow row = toRow(hit.id(), hit.source());
                    if (row == null) {
                        unreadable++;
                    } else {
                        rows.add(row);
                    }
                }
                if (hits.size() < size) {
                    return new Batch(rows, false, unreadable);
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return new Batch(rows, false, unreadable);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mentions from Elasticsearch index " + index, e);
        }
        LOG.warn("report: more than {} mentions between {} and {}; figures use the first {}", maxDocs, from, to, maxDocs);
        return new Batch(rows, true, unreadable);
    }

    /** Rows read, whether {@code maxDocs} cut the range short, and documents without a usable timestamp. */
    public record Batch(List<MentionRow> rows, boolean truncated, int unreadable) {
    }

    static MentionRow toRow(String hitId, JsonData source) {
        if (source == null) {
            return null;
        }
        JsonNode doc;
        try {
            doc = JSON.readTree(source.toJson().toString());
        } catch (IOException e) {
            return null;
        }
        return toRow(hitId, doc);
    }

    static MentionRow toRow(String hitId, JsonNode doc) {
        Instant ts = JsonFields.instant(doc, "@timestamp");
        if (ts == null) {
            return null;
        }
        String id = JsonFields.text(doc, "id");
        Boolean relevant = JsonFields.bool(doc, "relevant");
        if (relevant == null) {
            relevant = JsonFields.bool(doc, "territory.relevant");
        }
        List<String> frames = JsonFields.strings(doc, "frames");
        if (frames.isEmpty()) {
            frames = JsonFields.strings(doc, "frame");
        }
        if (frames.isEmpty()) {
            frames = JsonFields.strings(doc, "transitions.frame");
        }
        List<String> pillars = JsonFields.strings(doc, "pillars");
        if (pillars.isEmpty()) {
            pillars = JsonFields.strings(doc, "transitions.pillars");
        }
        List<String> themes = JsonFields.strings(doc, "themes");
        if (themes.isEmpty()) {
            themes = JsonFields.strings(doc, "transitions.themes");
        }
        String url = JsonFields.text(doc, "url");
        Double weight = JsonFields.number(doc, "source.audience_weight");
        return new MentionRow(
                id == null ? hitId : id, ts,
                JsonFields.text(doc, "title"),
                url == null ? JsonFields.text(doc, "canonical_url") : url,
                JsonFields.text(doc, "lang"),
                JsonFields.text(doc, "source.id"),
                JsonFields.text(doc, "source.name"),
                JsonFields.text(doc, "source.country"),
                weight == null ? 1.0 : weight,
                relevant,
                lower(JsonFields.text(doc, "sentiment.label")),
                JsonFields.number(doc, "sentiment.score"),
                lower(pillars), lower(themes), lower(frames),
                JsonFields.text(doc, "story_id"),
                JsonFields.text(doc, "text_source"),
                JsonFields.firstText(doc, "sentiment.evidence", "evidence"));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    }
}
