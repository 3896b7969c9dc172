package io.vigie.infra.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vigie.infra.FreePorts;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Kafka (KRaft, combined broker + controller) running inside this JVM.
 *
 * <p>The data directory is persistent: starting again on the same directory keeps topics, records
 * and committed consumer offsets. Ports may change between starts; that is safe because the quorum
 * is declared statically ({@code controller.quorum.voters}) rather than stored in the metadata log.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.builder(dir).build().start()) {
 *     kafka.createTopics(Map.of("articles", 3));
 *     String bootstrap = kafka.bootstrapServers();
 * }
 * }</pre>
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String BROKER_LISTENER = "PLAINTEXT";

    private final Path dataDir;
    private final int requestedBrokerPort;
    private final int requestedControllerPort;
    private final Map<String, String> overrides;

    private KafkaRaftServer server;
    private int brokerPort;

    private EmbeddedKafka(Builder builder) {
        this.dataDir = builder.dataDir.toAbsolutePath();
        this.requestedBrokerPort = builder.brokerPort;
        this.requestedControllerPort = builder.controllerPort;
        this.overrides = Map.copyOf(builder.overrides);
    }

    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    /** Formats the data directory on first use, starts the broker and waits until it serves clients. */
    public synchronized EmbeddedKafka start() {
        if (server != null) {
            throw new IllegalStateException("Kafka already started on " + bootstrapServers());
        }
        long begin = System.nanoTime();
        brokerPort = FreePorts.orFree(requestedBrokerPort);
        int controllerPort = FreePorts.orFree(requestedControllerPort);
        Path logDir = dataDir.resolve("kraft-logs");
        try {
            KRaftStorage.formatIfNeeded(logDir, NODE_ID, CONTROLLER_LISTENER);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot prepare Kafka data directory " + dataDir, e);
        }
        KafkaRaftServer candidate = new KafkaRaftServer(
                new KafkaConfig(brokerProperties(logDir, brokerPort, controllerPort), false), Time.SYSTEM);
        try {
            candidate.startup();
            server = candidate;
            awaitClusterReady();
        } catch (RuntimeException e) {
            server = null;
            shutdownQuietly(candidate);
            throw new IllegalStateException("Kafka failed to start in " + dataDir, e);
        }
        LOG.info("Kafka started on {} (data in {}) in {} ms", bootstrapServers(), dataDir,
                Duration.ofNanos(System.nanoTime() - begin).toMillis());
        return this;
    }

    public synchronized String bootstrapServers() {
        if (server == null) {
            throw new IllegalStateException("Kafka is not running");
        }
        return "127.0.0.1:" + brokerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Creates the topics that do not exist yet; see {@link KafkaTopics#create}. */
    public void createTopics(Map<String, Integer> partitionsByTopic) {
        KafkaTopics.create(bootstrapServers(), partitionsByTopic);
    }

    /** Controlled shutdown; returns once the broker has released its ports and log directory. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        KafkaRaftServer stopping = server;
        server = null;
        shutdownQuietly(stopping);
        LOG.info("Kafka stopped (data kept in {})", dataDir);
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Kafka did not shut down cleanly", e);
        }
    }

    // startup() returns once the broker is unfenced, but a metadata round-trip proves clients get answers.
    private void awaitClusterReady() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            admin.describeCluster().nodes().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka started but does not answer on " + bootstrapServers(), e);
        }
    }

    private Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listeners", BROKER_LISTENER + "://127.0.0.1:" + brokerPort + ","
                + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", BROKER_LISTENER + "://127.0.0.1:" + brokerPort);
        p.put("inter.broker.listener.name", BROKER_LISTENER);
        p.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("metadata.log.dir", logDir.toString());
        // One node: every internal topic must be satisfiable by a single replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("num.partitions", "3");
        // Topics are part of the pipeline's contract: a typo must fail instead of creating a stray topic.
        p.put("auto.create.topics.enable", "false");
        // No point waiting for more group members on a dev box; it only slows tests and restarts.
        p.put("group.initial.rebalance.delay.ms", "0");
        p.putAll(overrides);
        return p;
    }

    @Override
    public String toString() {
        return "EmbeddedKafka[" + dataDir + (server != null ? ", " + bootstrapServers() : ", stopped") + "]";
    }

    public static final class Builder {
        private final Path dataDir;
        private int brokerPort;
        private int controllerPort;
        private final Map<String, String> overrides = new HashMap<>();

        private Builder(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        }

        /** Client port on 127.0.0.1; 0 (default) picks a free one at each start. */
        public Builder brokerPort(int port) {
            this.brokerPort = port;
            return this;
        }

        /** KRaft controller port on 127.0.0.1; 0 (default) picks a free one at each start. */
        public Builder controllerPort(int port) {
            this.controllerPort = port;
            return this;
        }

        /** Extra broker configuration, applied last (e.g. {@code log.retention.hours}). */
        public Builder brokerProperty(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        public EmbeddedKafka build() {
            return new EmbeddedKafka(this);
        }
    }
}
