package io.vigie.infra.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vigie.infra.FreePorts;

/**
 * A real single-node Elasticsearch, run as a child process from the integ-test-zip distribution
 * found in the local Maven repository (see {@link ElasticsearchDistribution}).
 *
 * <p>Data and logs persist in the given data directory across restarts. When this JVM runs as root,
 * ES runs as the system user {@code vigie-es} (ES refuses root); if the data directory is not reachable
 * for that user (e.g. under /root), the node's files are kept in
 * {@code /var/tmp/vigie-es/instances/<hash of the data dir>} instead, see {@link InstanceLayout}.
 *
 * <pre>{@code
 * try (LocalElasticsearch es = LocalElasticsearch.builder(dir).build().start()) {
 *     String url = es.httpUrl(); // http://127.0.0.1:PORT, security disabled
 * }
 * }</pre>
 */
public final class LocalElasticsearch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalElasticsearch.class);
    private static final String CLUSTER_NAME = "vigie-local";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Builder config;
    private Process process;
    private Thread shutdownHook;
    private InstanceLayout layout;
    private int httpPort;

    private LocalElasticsearch(Builder builder) {
        this.config = builder.copy();
    }

    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    /** The Elasticsearch version this build of vigie-infra depends on. */
    public static String defaultVersion() {
        try (InputStream in = LocalElasticsearch.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            p.load(Objects.requireNonNull(in, "version.properties missing from vigie-infra"));
            return p.getProperty("elasticsearch.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the node and waits for cluster health yellow; on failure the message carries the end of its logs. */
    public synchronized LocalElasticsearch start() {
        if (process != null) {
            throw new IllegalStateException("Elasticsearch already running on " + httpUrl());
        }
        long begin = System.nanoTime();
        ProcessIdentity identity = ProcessIdentity.forCurrentUser();
        ElasticsearchDistribution distribution = ElasticsearchDistribution.unpack(
                ElasticsearchDistribution.locateZip(config.version), distributionCache(identity), config.version);
        if (!identity.canReach(distribution.home())) {
            throw new IllegalStateException("The Elasticsearch user cannot reach " + distribution.home()
                    + "; choose a distribution cache outside private folders (builder.distributionCache)");
        }
        Path javaHome = JdkLocator.find(identity::canReach);
        layout = InstanceLayout.resolve(config.dataDir, identity, config.relocationRoot);
        layout.prepare(distribution.defaultConfig(), identity);
        StaleProcess.killIfAlive(layout.pidFile());
        httpPort = FreePorts.orFree(config.httpPort);
        int transportPort = FreePorts.orFree(config.transportPort);

        Map<String, String> env = new LinkedHashMap<>();
        env.put("ES_JAVA_HOME", javaHome.toString());
        env.put("ES_JAVA_OPTS", "-Xms" + config.heap + " -Xmx" + config.heap);
        env.put("ES_PATH_CONF", layout.config().toString());
        env.put("ES_TMPDIR", layout.tmp().toString());
        List<String> command = new ArrayList<>(List.of(distribution.launcher().toString(),
                "-p", layout.pidFile().toString()));
        settings(distribution, transportPort).forEach((k, v) -> command.add("-E" + k + "=" + v));

        ProcessBuilder pb = new ProcessBuilder(identity.wrap(command, env))
                .directory(layout.root().toFile()) // relative paths in jvm.options (gc.log, heap dumps) land here
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.consoleLog().toFile()));
        pb.environment().putAll(env);
        pb.environment().remove("JAVA_HOME"); // ES warns when both are set; ES_JAVA_HOME is the one it uses
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch " + command, e);
        }
        shutdownHook = new Thread(this::stopProcess, "vigie-es-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);

        String failure = HealthProbe.awaitYellow(httpUrl(), config.startupTimeout, process::isAlive);
        if (failure != null) {
            String logs = LogTail.of(layout.consoleLog(), 40) + "\n" + LogTail.of(layout.logs().resolve(CLUSTER_NAME + ".log"), 40);
            close();
            throw new IllegalStateException("Elasticsearch did not start: " + failure + "\n" + logs);
        }
        LOG.info("Elasticsearch {} started on {} (files in {}) in {} ms", config.version, httpUrl(), layout.root(),
                Duration.ofNanos(System.nanoTime() - begin).toMillis());
        return this;
    }

    private Map<String, String> settings(ElasticsearchDistribution distribution, int transportPort) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("cluster.name", CLUSTER_NAME);
        s.put("node.name", CLUSTER_NAME);
        s.put("path.data", layout.data().toString());
        s.put("path.logs", layout.logs().toString());
        // Loopback + single-node keeps ES in development mode: bootstrap checks (vm.max_map_count...) only warn.
        s.put("network.host", "127.0.0.1");
        s.put("http.port", String.valueOf(httpPort));
        s.put("transport.port", String.valueOf(transportPort));
        s.put("discovery.type", "single-node");
        s.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        // ES rejects settings of modules it does not have, and the integ-test-zip has very few.
        if (distribution.hasModule("x-pack-security")) {
            s.put("xpack.security.enabled", "false");
        }
        // Registered by x-pack-core (verified on the 9.5.3 integ-test-zip, which has no ML module itself);
        // keeps a full distribution from starting the ML native controller.
        if (distribution.hasModule("x-pack-core")) {
            s.put("xpack.ml.enabled", "false");
        }
        if (distribution.hasModule("ingest-geoip")) {
            s.put("ingest.geoip.downloader.enabled", "false");
        }
        s.putAll(config.extraSettings);
        return s;
    }

    private Path distributionCache(ProcessIdentity identity) {
        if (config.distributionCache != null) {
            return config.distributionCache;
        }
        return identity.isDedicatedUser() ? config.relocationRoot.resolve("dist")
                : Path.of(System.getProperty("user.home"), ".cache", "vigie");
    }

    public synchronized String httpUrl() {
        if (process == null) {
            throw new IllegalStateException("Elasticsearch is not running");
        }
        return "http://127.0.0.1:" + httpPort;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The launcher process (the server JVM is one of its descendants); empty when stopped. */
    public synchronized Optional<ProcessHandle> processHandle() {
        return Optional.ofNullable(process).map(Process::toHandle);
    }

    /** Where the node's data, logs and config actually are (differs from the data dir when relocated). */
    public synchronized Path instanceDir() {
        return layout != null ? layout.root() : config.dataDir.toAbsolutePath();
    }

    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing to remove
        }
        process = null;
        LOG.info("Elasticsearch stopped (files kept in {})", layout.root());
    }

    // Also the shutdown hook body, so it must not rely on the lock: the JVM may be exiting from anywhere.
    private void stopProcess() {
        Process p = process;
        if (p != null) {
            ProcessTree.terminate(p.toHandle(), STOP_GRACE);
        }
    }

    @Override
    public String toString() {
        return "LocalElasticsearch[" + config.dataDir + (process != null ? ", " + httpUrl() : ", stopped") + "]";
    }

    public static final class Builder {
        private final Path dataDir;
        private int httpPort;
        private int transportPort;
        private String version = defaultVersion();
        private String heap = "512m";
        private Duration startupTimeout = Duration.ofSeconds(120);
        private Path relocationRoot = Path.of("/var/tmp/vigie-es");
        private Path distributionCache;
        private final Map<String, String> extraSettings = new LinkedHashMap<>();

        private Builder(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        }

        /** HTTP port on 127.0.0.1; 0 (default) picks a free one at each start. */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** Transport port on 127.0.0.1; 0 (default) picks a free one at each start. */
        public Builder transportPort(int port) {
            this.transportPort = port;
            return this;
        }

        public Builder version(String version) {
            this.version = Objects.requireNonNull(version);
            return this;
        }

        /** JVM heap, e.g. "512m" (default) or "1g"; used for both -Xms and -Xmx. */
        public Builder heap(String heap) {
            this.heap = Objects.requireNonNull(heap);
            return this;
        }

        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Where files go when ES runs as a dedicated user that cannot reach the data dir (default /var/tmp/vigie-es). */
        public Builder relocationRoot(Path root) {
            this.relocationRoot = Objects.requireNonNull(root);
            return this;
        }

        /** Where the distribution is unpacked (default ~/.cache/vigie, or {relocationRoot}/dist as root). */
        public Builder distributionCache(Path cache) {
            this.distributionCache = cache;
            return this;
        }

        /** An extra {@code -E} setting; it must exist in this minimal distribution or ES refuses to start. */
        public Builder setting(String key, String value) {
            extraSettings.put(key, value);
            return this;
        }

        public LocalElasticsearch build() {
            return new LocalElasticsearch(this);
        }

        private Builder copy() {
            Builder b = new Builder(dataDir);
            b.httpPort = httpPort;
            b.transportPort = transportPort;
            b.version = version;
            b.heap = heap;
            b.startupTimeout = startupTimeout;
            b.relocationRoot = relocationRoot;
            b.distributionCache = distributionCache;
            b.extraSettings.putAll(extraSettings);
            return b;
        }
    }
}
