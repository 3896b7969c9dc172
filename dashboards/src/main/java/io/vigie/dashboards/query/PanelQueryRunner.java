package io.vigie.dashboards.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.dashboards.savedobject.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/** Runs panel queries against Elasticsearch over plain HTTP (no auth: tests and benchmarks on a local node). */
public final class PanelQueryRunner {
    private final HttpClient http;
    private final URI elasticsearch;
    private final Duration timeout;

    /** @param http owned by the caller */
    public PanelQueryRunner(HttpClient http, URI elasticsearch, Duration timeout) {
        this.http = Objects.requireNonNull(http);
        this.elasticsearch = Objects.requireNonNull(elasticsearch);
        this.timeout = Objects.requireNonNull(timeout);
    }

    /** @return the raw response; an error names the panel and Elasticsearch's reason */
    public JsonNode run(PanelQuery query) {
        String path = "/" + URLEncoder.encode(query.index(), StandardCharsets.UTF_8).replace("%2A", "*")
                + "/_search?allow_no_indices=true&ignore_unavailable=true&request_cache=false";
        HttpRequest request = HttpRequest.newBuilder(elasticsearch.resolve(path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonText.stringify(query.body())))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("panel " + query.key() + ": Elasticsearch unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("panel " + query.key() + ": Elasticsearch answered "
                    + response.statusCode() + ": " + response.body());
        }
        JsonNode json = JsonText.parse(response.body());
        if (json.path("_shards").path("failed").asInt(0) > 0) {
            throw new IllegalStateException("panel " + query.key() + ": shard failures: " + json.path("_shards"));
        }
        return json;
    }
}
