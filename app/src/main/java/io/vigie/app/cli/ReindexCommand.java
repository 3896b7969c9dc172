package io.vigie.app.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.vigie.app.config.ConfigException;
import io.vigie.app.config.ConfigLoader;
import io.vigie.app.config.VigieConfig;
import io.vigie.index.bulk.IndexSettings;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.index.daily.DailyAggregates;
import io.vigie.index.reindex.MonthReindexer;
import io.vigie.index.reindex.ReindexResult;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.SchemaInstaller;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie reindex}: moves monthly mention indices onto the current mapping, then rebuilds their daily aggregates. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Re-indexes mention months with the current index template (after a mapping change), without",
                "downtime: live indexing goes on into the new index, searches keep the old one until the copy is",
                "complete. Then recomputes the months' daily aggregates (vigie-daily)."})
public final class ReindexCommand implements Callable<Integer> {
    /** Where the local node of {@code vigie up} usually listens. */
    static final String LOCAL_ELASTICSEARCH = "http://localhost:9200";

    @Spec
    CommandSpec spec;

    static final class Target {
        @Option(names = "--month", paramLabel = "YYYY.MM", required = true,
                description = "The month to re-index, e.g. 2026.11.")
        String month;

        @Option(names = "--all", required = true, description = "Every month that has an index.")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration (default: ./vigie.yaml when present).")
    Path configFile;

    @Option(names = "--elasticsearch", paramLabel = "URL",
            description = "Elasticsearch to use (default: elasticsearch.url / ELASTICSEARCH_URL, else "
                    + LOCAL_ELASTICSEARCH + ", the node `vigie up` starts).")
    String elasticsearchUrl;

    @Option(names = "--skip-daily", description = "Do not recompute the daily aggregates of the months.")
    boolean skipDaily;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        YearMonth month = null;
        if (target.month != null) {
            try {
                month = IndexNames.parseMonth(target.month);
            } catch (IllegalArgumentException e) {
                err.println("vigie reindex: --month: " + e.getMessage());
                return 2;
            }
        }
        VigieConfig config;
        try {
            config = ConfigLoader.fromSystemEnvironment().load(effectiveConfigFile());
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        }
        VigieConfig.Elasticsearch es = config.elasticsearch();
        String url = elasticsearchUrl != null ? elasticsearchUrl : es.local() ? LOCAL_ELASTICSEARCH : es.url();
        ElasticsearchClient client;
        try {
            client = ElasticsearchClients.create(url, es.apiKey(), es.username(), es.password());
        } catch (IllegalArgumentException e) {
            err.println("vigie reindex: " + e.getMessage());
            return 2;
        }
        try {
            String problem = unreachable(client);
            if (problem != null) {
                err.println("vigie reindex: no Elasticsearch answering at " + url + " (" + problem
                        + "); start `vigie up`, or set --elasticsearch / ELASTICSEARCH_URL");
                return 1;
            }
            List<YearMonth> months = month != null ? List.of(month) : existingMonths(client);
            if (months.isEmpty()) {
                out.println("no mention index at " + url + ": nothing to re-index");
                return 0;
            }
            IndexSettings defaults = IndexSettings.defaults();
            SchemaInstaller installer = new SchemaInstaller(client, defaults.shards(), defaults.replicas());
            MonthReindexer reindexer = new MonthReindexer(client, installer);
            DailyAggregates daily = new DailyAggregates(client);
            int failures = 0;
            for (YearMonth m : months) {
                try {
                    ReindexResult r = reindexer.reindex(m);
                    out.printf("%s: %s -> %s, %d document(s) copied, %d superseded by live writes%n",
                            IndexNames.monthAlias(m), r.fromIndex(), r.toIndex(), r.copied(), r.superseded());
                    if (!skipDaily) {
                        int buckets = daily.rebuild(m.atDay(1), m.atEndOfMonth());
                        out.printf("%s: %d daily aggregate bucket(s) recomputed%n", IndexNames.monthAlias(m), buckets);
                    }
                } catch (RuntimeException e) {
                    failures++;
                    err.println("vigie reindex: " + IndexNames.monthAlias(m) + " failed: " + e.getMessage());
                }
                out.flush();
            }
            return failures == 0 ? 0 : 1;
        } catch (RuntimeException e) {
            err.println("vigie reindex: " + e.getMessage());
            return 1;
        } finally {
            try {
                client.close();
            } catch (IOException | RuntimeException e) {
                // releasing connections only
            }
        }
    }

    static List<YearMonth> existingMonths(ElasticsearchClient client) {
        try {
            TreeSet<YearMonth> months = new TreeSet<>();
            client.indices().getAlias(r -> r.index(IndexNames.PATTERN).allowNoIndices(true).ignoreUnavailable(true))
                    .aliases().values().forEach(a -> a.aliases().keySet()
                            .forEach(alias -> IndexNames.monthOfAlias(alias).ifPresent(months::add)));
            return new ArrayList<>(months);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list the mention indices: Elasticsearch unreachable", e);
        }
    }

    /** @return why Elasticsearch cannot be used, or null when it answers */
    private static String unreachable(ElasticsearchClient client) {
        try {
            // Not GET / (info, ping): the minimal distribution lacks the rest-root module that serves it.
            client.cluster().health();
            return null;
        } catch (IOException | RuntimeException e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        }
    }

    private Path effectiveConfigFile() {
        if (configFile != null) {
            return configFile;
        }
        Path local = Path.of("vigie.yaml");
        return Files.isRegularFile(local) ? local : null;
    }
}
