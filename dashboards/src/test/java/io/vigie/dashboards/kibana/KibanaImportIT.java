package io.vigie.dashboards.kibana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vigie.dashboards.vigie.SavedObjects;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * Imports the generated objects into a real Elasticsearch + Kibana (containers), twice, to prove Kibana 9 accepts
 * every object and that re-import is idempotent. Skipped without a Docker engine. Image version overridable with
 * {@code -Dvigie.kibana.version=9.x.y}.
 */
class KibanaImportIT {
    private static final String VERSION = System.getProperty("vigie.kibana.version", "9.1.5");
    private static Network network;
    private static GenericContainer<?> elasticsearch;
    private static GenericContainer<?> kibana;

    @BeforeAll
    static void start() {
        assumeTrue(dockerAvailable(), "no Docker engine: KibanaImportIT skipped");
        network = Network.newNetwork();
        elasticsearch = new GenericContainer<>("docker.elastic.co/elasticsearch/elasticsearch:" + VERSION)
                .withNetwork(network).withNetworkAliases("es")
                .withEnv("discovery.type", "single-node")
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                .withExposedPorts(9200)
                .waitingFor(Wait.forHttp("/_cluster/health").forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(3)));
        elasticsearch.start();
        kibana = new GenericContainer<>("docker.elastic.co/kibana/kibana:" + VERSION)
                .withNetwork(network)
                .withEnv("ELASTICSEARCH_HOSTS", "http://es:9200")
                .withExposedPorts(5601)
                .waitingFor(Wait.forHttp("/api/status").forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(5)));
        kibana.start();
    }

    @AfterAll
    static void stop() {
        if (kibana != null) {
            kibana.stop();
        }
        if (elasticsearch != null) {
            elasticsearch.stop();
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    void kibanaAcceptsEveryObjectAndReimportIsIdempotent() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        DashboardsImporter importer = new DashboardsImporter(new KibanaClient(http));
        KibanaTarget target = new KibanaTarget(
                URI.create("http://" + kibana.getHost() + ":" + kibana.getMappedPort(5601)), KibanaAuth.none(),
                null, Duration.ofMinutes(2));
        int n = SavedObjects.objects().size();

        assertThat(importer.importAll(target).objectsImported()).isEqualTo(n);
        assertThat(importer.importAll(target).objectsImported()).isEqualTo(n);

        String exported = importer.exportFromKibana(target);
        assertThat(exported.lines().count()).isEqualTo(n);
        assertThat(exported).contains("\"id\":\"vigie-dashboard-overview\"").contains("\"id\":\"vigie-dv-daily\"");
    }

    private static boolean dockerAvailable() {
        boolean hint = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!hint) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
