package io.vigie.testkit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vigie.infra.kafka.KafkaTopics;

/**
 * The single entry point of integration tests to Kafka and Elasticsearch.
 *
 * <p>Each service is started lazily on first use, once per JVM (so once per module's failsafe run),
 * shared by all test classes, and stopped by a shutdown hook. Where it runs is chosen per service:
 * <ol>
 *   <li>an external endpoint if {@code KAFKA_BOOTSTRAP_SERVERS} / {@code ELASTICSEARCH_URL} is set;</li>
 *   <li>otherwise a Docker container (Testcontainers) if a Docker engine answers;</li>
 *   <li>otherwise a local process: embedded KRaft Kafka / Elasticsearch from the integ-test-zip.</li>
 * </ol>
 * {@code -Dvigie.test.infra=local|docker} overrides step 2/3. Since services are shared, tests should
 * use their own topic and index names (e.g. suffixed with the test class) rather than delete them.
 */
public final class TestInfra {

    private static final Logger LOG = LoggerFactory.getLogger(TestInfra.class);
    private static final ModeSelector SELECTOR = ModeSelector.fromEnvironment();
    private static final TempDirs TEMP_DIRS = new TempDirs();
    private static final List<RunningService> STARTED = new CopyOnWriteArrayList<>();
    private static RunningService kafka;
    private static RunningService elasticsearch;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestInfra::stopAll, "vigie-testinfra-shutdown"));
    }

    private TestInfra() {
    }

    /** Kafka bootstrap servers, starting Kafka if needed. */
    public static synchronized String kafkaBootstrap() {
        if (kafka == null) {
            kafka = start("Kafka", KafkaLauncher.ENDPOINT_VARIABLE,
                    mode -> KafkaLauncher.launch(mode, SELECTOR, TEMP_DIRS));
        }
        return kafka.endpoint();
    }

    /** Elasticsearch base URL without trailing slash (e.g. http://127.0.0.1:9200), starting it if needed. */
    public static synchronized String elasticsearchUrl() {
        if (elasticsearch == null) {
            elasticsearch = start("Elasticsearch", ElasticsearchLauncher.ENDPOINT_VARIABLE,
                    mode -> ElasticsearchLauncher.launch(mode, SELECTOR, TEMP_DIRS));
        }
        return elasticsearch.endpoint();
    }

    /** Creates missing topics (existing ones are left as they are) on the shared Kafka. */
    public static void createTopics(Map<String, Integer> partitionsByTopic) {
        KafkaTopics.create(kafkaBootstrap(), partitionsByTopic);
    }

    public static synchronized InfraMode kafkaMode() {
        kafkaBootstrap();
        return kafka.mode();
    }

    public static synchronized InfraMode elasticsearchMode() {
        elasticsearchUrl();
        return elasticsearch.mode();
    }

    private interface Launch {
        RunningService start(InfraMode mode);
    }

    private static RunningService start(String name, String endpointVariable, Launch launch) {
        InfraMode mode = SELECTOR.select(endpointVariable);
        LOG.info("Test infra: {} mode {} (external if {} is set; -D{}=local|docker forces the rest)",
                name, mode, endpointVariable, ModeSelector.FORCE_PROPERTY);
        long begin = System.nanoTime();
        RunningService service = launch.start(mode);
        STARTED.add(service);
        LOG.info("Test infra: {} ready at {} after {} ms", name, service.endpoint(), (System.nanoTime() - begin) / 1_000_000);
        return service;
    }

    // Not synchronized: a test thread stuck in a start must not keep the JVM from exiting.
    private static void stopAll() {
        for (RunningService service : STARTED.reversed()) {
            try {
                service.stopper().close();
            } catch (Exception e) {
                LOG.warn("Cannot stop test infra at {}", service.endpoint(), e);
            }
        }
        STARTED.clear();
        TEMP_DIRS.deleteAll();
    }
}
