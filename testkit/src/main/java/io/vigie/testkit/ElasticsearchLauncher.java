package io.vigie.testkit;

import java.nio.file.Path;

import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.utility.DockerImageName;

import io.vigie.infra.elasticsearch.LocalElasticsearch;

/** Starts Elasticsearch in the chosen mode, always plain HTTP without security. */
final class ElasticsearchLauncher {

    static final String ENDPOINT_VARIABLE = "ELASTICSEARCH_URL";
    static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:" + LocalElasticsearch.defaultVersion();

    private ElasticsearchLauncher() {
    }

    static RunningService launch(InfraMode mode, ModeSelector selector, TempDirs tempDirs) {
        return switch (mode) {
            case EXTERNAL -> RunningService.external(withoutTrailingSlash(selector.endpoint(ENDPOINT_VARIABLE)));
            case DOCKER -> docker();
            case LOCAL -> local(tempDirs.create("vigie-es-"));
        };
    }

    private static RunningService docker() {
        // The 8+ constructor enables security with a password; the env override below turns it back off.
        ElasticsearchContainer es = new ElasticsearchContainer(DockerImageName.parse(IMAGE))
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        es.start();
        return new RunningService("http://" + es.getHttpHostAddress(), InfraMode.DOCKER, es::stop);
    }

    private static RunningService local(Path dataDir) {
        LocalElasticsearch es = LocalElasticsearch.builder(dataDir).build().start();
        return new RunningService(es.httpUrl(), InfraMode.LOCAL, es);
    }

    static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
