package io.vigie.app.cli;

import io.vigie.app.config.ConfigException;
import io.vigie.app.config.ConfigLoader;
import io.vigie.app.config.VigieConfig;
import io.vigie.app.report.LiveView;
import io.vigie.app.runtime.AlertsStage;
import io.vigie.app.runtime.EnrichStage;
import io.vigie.app.runtime.IndexStage;
import io.vigie.app.runtime.Infrastructure;
import io.vigie.app.runtime.IngestStage;
import io.vigie.app.runtime.Pipeline;
import io.vigie.app.runtime.Stage;
import io.vigie.index.schema.IndexNames;
import io.vigie.ingest.offline.OfflineSnapshot;
import io.vigie.model.Topics;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie up}: the whole pipeline (or one stage) until Ctrl-C. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline: ingest -> enrich -> index, on an embedded Kafka broker and a local",
                "Elasticsearch under the data folder unless KAFKA_BOOTSTRAP_SERVERS / ELASTICSEARCH_URL are set.",
                "Ctrl-C stops everything cleanly; running it again resumes where it stopped."})
public final class UpCommand implements Callable<Integer> {

    enum StageName { INGEST, ENRICH, INDEX, ALERTS }

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration overriding the defaults (default: ./vigie.yaml when present).")
    Path configFile;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where everything is stored (default: .vigie).")
    Path dataDir;

    @Option(names = "--offline", arity = "0..1", paramLabel = "DIR", fallbackValue = "",
            description = "Ingest feed and page snapshots from DIR instead of the network; without DIR, the demo "
                    + "snapshot shipped with Vigie.")
    String offline;

    @Option(names = "--only", paramLabel = "STAGE", split = ",",
            description = "Run only these stages (ingest, enrich, index, alerts), e.g. one per container.")
    Set<StageName> only;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        VigieConfig config;
        try {
            config = ConfigLoader.fromSystemEnvironment().load(effectiveConfigFile());
        } catch (ConfigException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        if (dataDir != null) {
            config = withDataDir(config, dataDir);
        }
        Set<StageName> stages = only == null || only.isEmpty() ? EnumSet.allOf(StageName.class) : EnumSet.copyOf(only);
        if (!config.alerts().enabled() && (only == null || only.isEmpty())) {
            stages.remove(StageName.ALERTS);
        }
        Path offlineDir = offlineDir(config);

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<Pipeline> running = new AtomicReference<>();
        // Registered before anything starts, so that Ctrl-C during start-up still stops what did start.
        Thread hook = new Thread(() -> {
            out.println("vigie: stopping...");
            out.flush();
            Pipeline pipeline = running.get();
            if (pipeline != null) {
                pipeline.close();
            }
            stopped.countDown();
        }, "vigie-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Pipeline pipeline;
        LiveView liveView = null;
        try {
            pipeline = new Pipeline(Infrastructure.start(config,
                    stages.contains(StageName.INDEX) || stages.contains(StageName.ALERTS)));
            running.set(pipeline);
            String bootstrap = pipeline.infrastructure().bootstrapServers();
            if (stages.contains(StageName.INDEX)) {
                pipeline.add(IndexStage.start(config, bootstrap, pipeline.infrastructure().elasticsearchUrl(),
                        pipeline.infrastructure().elasticsearchClient()));
            }
            if (stages.contains(StageName.ALERTS)) {
                pipeline.add(AlertsStage.start(config, bootstrap, pipeline.infrastructure().elasticsearchClient()));
            }
            if (stages.contains(StageName.ENRICH)) {
                pipeline.add(EnrichStage.start(config, bootstrap, "vigie-enrich-" + hostName()));
            }
            Map<String, String> outlets = Map.of();
            if (stages.contains(StageName.INGEST)) {
                IngestStage ingest = IngestStage.start(config, bootstrap, offlineDir);
                outlets = ingest.outlets();
                pipeline.add(ingest);
            }
            if (stages.contains(StageName.INDEX)) {
                liveView = LiveView.start(config, pipeline, outlets, Clock.systemDefaultZone());
                pipeline.attach(liveView);
            }
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("vigie: could not start: " + e.getMessage());
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C came first: the hook stops what started
                return 1;
            }
            Pipeline started = running.getAndSet(null);
            if (started != null) {
                started.close();
            }
            return 1;
        }
        printWhereToLook(out, config, pipeline, offlineDir, liveView);
        awaitStop(out, config, pipeline, stopped);
        return 0;
    }

    private Path effectiveConfigFile() {
        if (configFile != null) {
            return configFile;
        }
        Path local = Path.of("vigie.yaml");
        return Files.isRegularFile(local) ? local : null;
    }

    private Path offlineDir(VigieConfig config) {
        if (offline == null) {
            return null;
        }
        if (offline.isEmpty()) {
            return OfflineSnapshot.copyDemo(config.dataDir().resolve("offline-demo"));
        }
        return Path.of(offline);
    }

    private void printWhereToLook(PrintWriter out, VigieConfig config, Pipeline pipeline, Path offlineDir,
                                  LiveView liveView) {
        Infrastructure infra = pipeline.infrastructure();
        out.println();
        out.println("Vigie is running (Ctrl-C stops it; `./vigie up` again resumes).");
        out.println("  data folder    " + config.dataDir().toAbsolutePath().normalize());
        out.println("  Kafka          " + infra.describeKafka());
        out.println("  topics         " + String.join(", ", Topics.all()));
        out.println("  Elasticsearch  " + infra.describeElasticsearch());
        if (infra.elasticsearchUrl() != null && !infra.elasticsearchUrl().isBlank()) {
            out.println("  mentions       " + infra.elasticsearchUrl() + "/" + IndexNames.READ_ALIAS
                    + "/_search?q=Marseille&pretty");
        }
        out.println("  sources        " + (offlineDir != null ? "offline snapshot " + offlineDir.toAbsolutePath()
                : "registry " + config.ingest().sources() + " (polled every " + humanDuration(config) + ")"));
        out.println("  stages         " + pipeline.stages().stream().map(Stage::name).toList());
        if (liveView != null && liveView.url(config) != null) {
            String live = liveView.url(config);
            out.println("  live report    " + live + "  (health: " + live + "health, metrics: " + live + "metrics)");
            if ("".equals(offline)) {
                out.println("                 the demo articles date from July 2026: " + live + "?from=2026-07-01&to=2026-07-31");
            }
            out.println("  weekly report  " + config.dataDir().resolve("reports").toAbsolutePath().normalize()
                    + " (schedule '" + config.report().schedule() + "' " + config.report().timeZone() + ")");
        }
        out.println();
    }

    private static void awaitStop(PrintWriter out, VigieConfig config, Pipeline pipeline, CountDownLatch stopped) {
        try {
            while (!stopped.await(config.status().interval().toMillis(), TimeUnit.MILLISECONDS)) {
                for (Stage stage : pipeline.stages()) {
                    out.printf(Locale.ROOT, "[%-6s] %s%n", stage.name(), stage.statusLine());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String humanDuration(VigieConfig config) {
        return config.ingest().pollInterval().toString().substring(2).toLowerCase(Locale.ROOT);
    }

    private static VigieConfig withDataDir(VigieConfig c, Path dir) {
        return new VigieConfig(dir, c.kafka(), c.elasticsearch(), c.ingest(), c.enrich(), c.index(), c.status(),
                c.smtp(), c.kibana(), c.report(), c.live(), c.alerts());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
