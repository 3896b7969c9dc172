package io.vigie.index.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.SchemaInstaller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds one month's index with the current template (e.g. after new fields were mapped):
 * creates the next generation, moves the month's write alias to it so live indexing continues
 * there, copies the old generation's documents (a newer live write wins by version), then
 * atomically exposes the new generation under the read alias and deletes the old one.
 *
 * <p>Copies through scroll + bulk rather than {@code _reindex}, which the minimal Elasticsearch
 * distribution lacks. While the copy runs, documents written live are in the new generation and
 * not yet searchable through the read alias; none is ever visible twice.
 */
public final class MonthReindexer {
    private static final Logger LOG = LoggerFactory.getLogger(MonthReindexer.class);
    private static final int PAGE = 500;
    private static final Time KEEP_ALIVE = Time.of(t -> t.time("2m"));

    private final ElasticsearchClient client;
    private final SchemaInstaller installer;

    public MonthReindexer(ElasticsearchClient client, SchemaInstaller installer) {
        this.client = client;
        this.installer = installer;
    }

    public ReindexResult reindex(YearMonth month) {
        try {
            return run(month);
        } catch (IOException e) {
            throw new UncheckedIOException("reindex of " + IndexNames.monthAlias(month)
                    + " failed: Elasticsearch unreachable; the read alias still points to the old index", e);
        }
    }

    private ReindexResult run(YearMonth month) throws IOException {
        installer.applyAll();
        String monthAlias = IndexNames.monthAlias(month);
        Set<String> current = client.indices().getAlias(r -> r.name(monthAlias)).aliases().keySet();
        if (current.size() != 1) {
            throw new IllegalStateException("write alias " + monthAlias + " points to " + current
                    + ", expected exactly one index");
        }
        String from = current.iterator().next();
        int generation = IndexNames.generationOf(from).orElseThrow(() -> new IllegalStateException(
                "index " + from + " behind " + monthAlias + " is not a Vigie index generation"));
        String to = IndexNames.concreteIndex(month, generation + 1);

        client.indices().create(c -> c.index(to));
        // The template puts every generation under the read alias; hide this one until it is complete.
        client.indices().updateAliases(u -> u.actions(a -> a.remove(r -> r.index(to).alias(IndexNames.READ_ALIAS))));
        client.indices().updateAliases(u -> u
                .actions(a -> a.add(x -> x.index(to).alias(monthAlias).isWriteIndex(true)))
                .actions(a -> a.remove(x -> x.index(from).alias(monthAlias))));
        LOG.info("reindexing {}: live writes now go to {}, copying {}", monthAlias, to, from);

        long[] counts = copy(from, to);
        client.indices().refresh(r -> r.index(to));
        long fromCount = client.count(c -> c.index(from)).count();
        long toCount = client.count(c -> c.index(to)).count();
        if (toCount < fromCount) {
            throw new IllegalStateException("reindex of " + monthAlias + " incomplete: " + from + " has " + fromCount
                    + " documents, " + to + " has " + toCount + "; the read alias still points to " + from);
        }
        client.indices().updateAliases(u -> u
                .actions(a -> a.add(x -> x.index(to).alias(IndexNames.READ_ALIAS)))
                .actions(a -> a.removeIndex(x -> x.index(from))));
        LOG.info("reindexed {}: {} -> {} ({} copied, {} superseded by live writes)", monthAlias, from, to,
                counts[0], counts[1]);
        return new ReindexResult(month, from, to, counts[0], counts[1]);
    }

    /** @return {copied, superseded} */
    private long[] copy(String from, String to) throws IOException {
        long copied = 0;
        long superseded = 0;
        SearchResponse<JsonData> page = client.search(s -> s.index(from).size(PAGE).scroll(KEEP_ALIVE)
                .version(true).sort(o -> o.doc(d -> d)), JsonData.class);
        String scrollId = page.scrollId();
        List<Hit<JsonData>> hits = page.hits().hits();
        try {
            while (!hits.isEmpty()) {
                long[] n = write(to, hits);
                copied += n[0];
                superseded += n[1];
                String id = scrollId;
                ScrollResponse<JsonData> next = client.scroll(s -> s.scrollId(id).scroll(KEEP_ALIVE), JsonData.class);
                scrollId = next.scrollId();
                hits = next.hits().hits();
            }
        } finally {
            if (scrollId != null) {
                String id = scrollId;
                client.clearScroll(c -> c.scrollId(id));
            }
        }
        return new long[] {copied, superseded};
    }

    private long[] write(String to, List<Hit<JsonData>> hits) throws IOException {
        List<BulkOperation> ops = new ArrayList<>(hits.size());
        for (Hit<JsonData> hit : hits) {
            ops.add(BulkOperation.of(b -> b.index(i -> {
                i.index(to).id(hit.id()).document(hit.source());
                if (hit.version() != null) {
                    i.version(hit.version()).versionType(VersionType.ExternalGte);
                }
                return i;
            })));
        }
        BulkResponse response = client.bulk(b -> b.operations(ops));
        long copied = 0;
        long superseded = 0;
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                copied++;
            } else if (item.status() == 409) {
                superseded++;
            } else {
                throw new IllegalStateException("reindex into " + to + " failed for document " + item.id() + ": "
                        + item.error().type() + ": " + item.error().reason()
                        + "; the read alias still points to the old index");
            }
        }
        return new long[] {copied, superseded};
    }
}
