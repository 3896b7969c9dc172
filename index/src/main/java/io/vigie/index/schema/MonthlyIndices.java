package io.vigie.index.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure a month's write alias exists before documents are sent to it. Writers use
 * {@code require_alias}, so Elasticsearch can never auto-create a concrete index under an alias's
 * name, which would make that month impossible to reindex.
 */
public final class MonthlyIndices {
    private static final Logger LOG = LoggerFactory.getLogger(MonthlyIndices.class);

    private final ElasticsearchClient client;
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    public MonthlyIndices(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * @return the month's write alias
     * @throws UncheckedIOException when Elasticsearch is unreachable
     */
    public String ensure(YearMonth month) {
        String alias = IndexNames.monthAlias(month);
        if (known.contains(month)) {
            return alias;
        }
        try {
            if (!client.indices().existsAlias(r -> r.name(alias)).value()) {
                create(month, alias);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare index " + alias + ": Elasticsearch unreachable", e);
        }
        known.add(month);
        return alias;
    }

    /** Forget a month, e.g. after Elasticsearch said its alias is gone. */
    public void forget(YearMonth month) {
        known.remove(month);
    }

    private void create(YearMonth month, String alias) throws IOException {
        String index = IndexNames.concreteIndex(month, 1);
        try {
            client.indices().create(c -> c.index(index).aliases(alias, a -> a.isWriteIndex(true)));
            LOG.info("created index {} with write alias {}", index, alias);
        } catch (ElasticsearchException e) {
            // Another indexer instance may have won the race; anything else is a real problem.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            if (!client.indices().existsAlias(r -> r.name(alias)).value()) {
                throw new IllegalStateException("index " + index + " exists without its write alias " + alias
                        + ": fix it by hand (POST _aliases) before indexing " + month, e);
            }
        }
    }
}
