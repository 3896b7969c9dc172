package io.vigie.index.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds which built-in analyzers a cluster has, by asking it to analyze a word with each: there is no
 * cheaper portable way (the node-info plugin list does not name modules' analyzers).
 */
public final class AnalyzerProbe {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzerProbe.class);

    private final ElasticsearchClient client;

    public AnalyzerProbe(ElasticsearchClient client) {
        this.client = client;
    }

    /** @return the subset of {@code analyzers} the cluster knows */
    public Set<String> available(Collection<String> analyzers) {
        Set<String> found = new TreeSet<>();
        for (String analyzer : analyzers) {
            try {
                client.indices().analyze(a -> a.analyzer(analyzer).text("Marseille"));
                found.add(analyzer);
            } catch (ElasticsearchException e) {
                // 400 illegal_argument_exception "failed to find global analyzer": not installed.
                if (e.status() != 400) {
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot probe analyzers: Elasticsearch unreachable", e);
            }
        }
        LOG.debug("language analyzers available: {}", found);
        return found;
    }
}
