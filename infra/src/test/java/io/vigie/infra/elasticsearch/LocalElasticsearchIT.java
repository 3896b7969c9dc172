package io.vigie.infra.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalElasticsearchIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void indexesSearchesAndKeepsDataAcrossRestart() throws Exception {
        List<ProcessHandle> firstRunTree = new ArrayList<>();
        long t0 = System.nanoTime();
        try (LocalElasticsearch es = LocalElasticsearch.builder(dir).build().start()) {
            System.out.printf("Elasticsearch first start: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            assertThat(es.httpUrl()).startsWith("http://127.0.0.1:");
            assertThat(get(es.httpUrl() + "/_cluster/health").body()).containsPattern("\"status\":\"(green|yellow)\"");

            HttpResponse<String> indexed = send(es.httpUrl() + "/articles/_doc/1?refresh=true", "PUT",
                    "{\"title\":\"Marseille hosts the regatta\",\"lang\":\"en\"}");
            assertThat(indexed.statusCode()).isEqualTo(201);
            assertThat(search(es.httpUrl(), "regatta")).contains("\"value\":1").contains("Marseille hosts");
            assertThat(search(es.httpUrl(), "nothing-like-this")).contains("\"value\":0");

            ProcessHandle root = es.processHandle().orElseThrow();
            firstRunTree.add(root);
            root.descendants().forEach(firstRunTree::add);
            assertThat(firstRunTree).as("launcher and server JVM").hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(firstRunTree).as("nothing left running after close").noneMatch(ProcessHandle::isAlive);

        t0 = System.nanoTime();
        try (LocalElasticsearch es = LocalElasticsearch.builder(dir).build().start()) {
            System.out.printf("Elasticsearch restart: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            assertThat(search(es.httpUrl(), "regatta")).contains("\"value\":1");
        }
    }

    private static String search(String url, String word) throws Exception {
        HttpResponse<String> r = send(url + "/articles/_search", "POST",
                "{\"query\":{\"match\":{\"title\":\"" + word + "\"}}}");
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String url, String method, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void startupFailureReportsTheLogTailAndLeavesNothingRunning(@TempDir Path other) {
        // The integ-test-zip has no ingest-geoip module, so ES must reject this setting at startup.
        LocalElasticsearch es = LocalElasticsearch.builder(other).setting("ingest.geoip.downloader.enabled", "false").build();
        assertThatThrownBy(es::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown setting [ingest.geoip.downloader.enabled]");
        assertThat(es.isRunning()).isFalse();
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(other.toString())))
                .as("no process of that instance survives")
                .isEmpty();
    }
}
