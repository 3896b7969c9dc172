package io.vigie.index.daily;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.vigie.index.schema.IndexNames;
import io.vigie.model.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code vigie-daily} in step with the mention indices. Rather than adding increments (which a
 * re-delivered or re-enriched mention would count twice), each affected {@link DayBucket} is recomputed
 * from the mentions with one aggregation and its documents overwritten by id: idempotent, and correct
 * whatever happened before. Pillar documents a recomputation no longer finds are deleted.
 */
public final class DailyAggregates {
    private static final Logger LOG = LoggerFactory.getLogger(DailyAggregates.class);
    private static final int MAX_PILLAR_DOCS = 200;

    private final ElasticsearchClient client;
    private final String mentionsIndex;
    private final String dailyIndex;
    private final Clock clock;
    private final LongAdder bucketsRecomputed = new LongAdder();
    private final LongAdder documentsWritten = new LongAdder();
    private final LongAdder documentsDeleted = new LongAdder();

    /** On the read alias {@code vigie-mentions}, into {@code vigie-daily}. */
    public DailyAggregates(ElasticsearchClient client) {
        this(client, IndexNames.READ_ALIAS, IndexNames.DAILY_INDEX, Clock.systemUTC());
    }

    public DailyAggregates(ElasticsearchClient client, String mentionsIndex, String dailyIndex, Clock clock) {
        this.client = client;
        this.mentionsIndex = mentionsIndex;
        this.dailyIndex = dailyIndex;
        this.clock = clock;
    }

    /**
     * Recomputes these buckets. Refreshes the mention indices first: documents Elasticsearch acknowledged are
     * not searchable before the next refresh.
     *
     * @return the rows written
     * @throws UncheckedIOException when Elasticsearch is unreachable (nothing is lost: call again)
     */
    public List<DailyRow> recompute(Collection<DayBucket> buckets) {
        if (buckets.isEmpty()) {
            return List.of();
        }
        try {
            // Acknowledged is not searchable: both sides must be refreshed for the counts and the stale check.
            client.indices().refresh(r -> r.index(mentionsIndex, dailyIndex).ignoreUnavailable(true)
                    .allowNoIndices(true));
            List<DailyRow> written = new ArrayList<>();
            List<BulkOperation> ops = new ArrayList<>();
            String now = Instant.now(clock).toString();
            for (DayBucket bucket : new LinkedHashSet<>(buckets)) {
                List<DailyRow> rows = compute(bucket);
                Set<String> keep = new HashSet<>();
                for (DailyRow row : rows) {
                    keep.add(row.id());
                    byte[] json = Json.mapper().writeValueAsBytes(row.toDocument(now));
                    ops.add(BulkOperation.of(b -> b.index(i -> i.index(dailyIndex).id(row.id())
                            .document(BinaryData.of(json, ContentType.APPLICATION_JSON)))));
                }
                for (String stale : existingIds(bucket)) {
                    if (!keep.contains(stale)) {
                        ops.add(BulkOperation.of(b -> b.delete(d -> d.index(dailyIndex).id(stale))));
                    }
                }
                written.addAll(rows);
                bucketsRecomputed.increment();
            }
            if (!ops.isEmpty()) {
                BulkResponse response = client.bulk(b -> b.operations(ops));
                for (BulkResponseItem item : response.items()) {
                    if (item.error() != null && item.status() != 404) {
                        throw new IllegalStateException("daily aggregate " + item.id() + " not written: "
                                + item.error().type() + ": " + item.error().reason());
                    }
                    if (item.operationType().jsonValue().equals("delete")) {
                        documentsDeleted.increment();
                    } else {
                        documentsWritten.increment();
                    }
                }
            }
            return written;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a daily aggregate", e);
        } catch (IOException e) {
            throw new UncheckedIOException("daily aggregates not updated: Elasticsearch unreachable", e);
        }
    }

    /** The rows one bucket has now, without writing them. */
    public List<DailyRow> compute(DayBucket bucket) {
        try {
            String body = DailyQuery.body(bucket).toString();
            SearchResponse<Void> response = client.search(s -> s.withJson(new StringReader(body))
                    .index(mentionsIndex).ignoreUnavailable(true).allowNoIndices(true), Void.class);
            return DailyQuery.rows(bucket, response.aggregations());
        } catch (IOException e) {
            throw new UncheckedIOException("daily aggregates of " + bucket + " not computed: Elasticsearch unreachable", e);
        }
    }

    /**
     * Recomputes every bucket from {@code from} to {@code to} (inclusive, Europe/Paris days): those with
     * mentions, and those with daily documents (deleted if their mentions are gone). For after a reindex, or
     * to repair what a crash between indexing and aggregation left stale.
     *
     * @return the number of buckets recomputed
     */
    public int rebuild(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("rebuild range ends (" + to + ") before it starts (" + from + ")");
        }
        Set<DayBucket> buckets = new TreeSet<>((a, b) -> a.documentId("").compareTo(b.documentId("")));
        buckets.addAll(bucketsWithMentions(from, to));
        buckets.addAll(bucketsWithDocuments(from, to));
        int n = 0;
        List<DayBucket> chunk = new ArrayList<>();
        for (DayBucket b : buckets) {
            chunk.add(b);
            if (chunk.size() == 100) {
                recompute(chunk);
                n += chunk.size();
                chunk.clear();
            }
        }
        recompute(chunk);
        n += chunk.size();
        LOG.info("daily aggregates rebuilt from {} to {}: {} bucket(s)", from, to, n);
        return n;
    }

    private Set<DayBucket> bucketsWithMentions(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(DayBucket.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(DayBucket.ZONE).toInstant();
        Set<DayBucket> out = new HashSet<>();
        try {
            SearchResponse<Void> r = client.search(s -> s.index(mentionsIndex).ignoreUnavailable(true)
                    .allowNoIndices(true).size(0)
                    .query(q -> q.range(g -> g.date(d -> d.field("@timestamp").gte(start.toString()).lt(end.toString()))))
                    .aggregations("days", a -> a
                            .dateHistogram(h -> h.field("@timestamp").calendarInterval(
                                    co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval.Day)
                                    .timeZone(DayBucket.ZONE.getId()).minDocCount(1))
                            .aggregations("lang", l -> l.terms(t -> t.field("lang").size(500).missing(DayBucket.UNKNOWN))
                                    .aggregations("country", c -> c.terms(t -> t.field("source.country").size(500)
                                            .missing(DayBucket.UNKNOWN))))), Void.class);
            Aggregate days = r.aggregations().get("days");
            for (DateHistogramBucket day : days.dateHistogram().buckets().array()) {
                LocalDate date = LocalDate.ofInstant(Instant.ofEpochMilli(day.key()), DayBucket.ZONE);
                for (StringTermsBucket lang : day.aggregations().get("lang").sterms().buckets().array()) {
                    for (StringTermsBucket country : lang.aggregations().get("country").sterms().buckets().array()) {
                        out.add(new DayBucket(date, lang.key().stringValue(), country.key().stringValue()));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the days to rebuild: Elasticsearch unreachable", e);
        }
    }

    private Set<DayBucket> bucketsWithDocuments(LocalDate from, LocalDate to) {
        Set<DayBucket> out = new HashSet<>();
        try {
            SearchResponse<DailyKey> r = client.search(s -> s.index(dailyIndex).ignoreUnavailable(true)
                    .allowNoIndices(true).size(10_000)
                    .source(src -> src.filter(f -> f.includes("day", "lang", "source_country")))
                    .query(q -> q.range(g -> g.date(d -> d.field("day").gte(from.toString()).lte(to.toString())))),
                    DailyKey.class);
            for (Hit<DailyKey> hit : r.hits().hits()) {
                DailyKey k = hit.source();
                if (k != null && k.day() != null) {
                    out.add(new DayBucket(LocalDate.parse(k.day()), k.lang(), k.source_country()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list daily aggregates: Elasticsearch unreachable", e);
        }
    }

    /** Ids of the documents a bucket has in the daily index now. */
    private List<String> existingIds(DayBucket b) throws IOException {
        SearchResponse<Void> r = client.search(s -> s.index(dailyIndex).ignoreUnavailable(true).allowNoIndices(true)
                .size(MAX_PILLAR_DOCS).source(src -> src.fetch(false))
                .query(q -> q.bool(x -> x
                        .filter(f -> f.term(t -> t.field("day").value(b.day().toString())))
                        .filter(f -> f.term(t -> t.field("lang").value(FieldValue.of(b.lang()))))
                        .filter(f -> f.term(t -> t.field("source_country").value(FieldValue.of(b.country())))))),
                Void.class);
        return r.hits().hits().stream().map(Hit::id).toList();
    }

    /** Fields of a daily document that identify its bucket. */
    record DailyKey(String day, String lang, String source_country) {
    }

    public long bucketsRecomputed() {
        return bucketsRecomputed.sum();
    }

    public long documentsWritten() {
        return documentsWritten.sum();
    }

    public long documentsDeleted() {
        return documentsDeleted.sum();
    }
}
