package io.vigie.infra.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls {@code _cluster/health} until the node reports yellow or green. */
final class HealthProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HealthProbe() {
    }

    /**
     * @param stillRunning checked between attempts, so a node that crashed fails fast instead of at the timeout
     * @return a failure description, or null once healthy
     */
    static String awaitYellow(String httpUrl, Duration timeout, BooleanSupplier stillRunning) {
        URI uri = URI.create(httpUrl + "/_cluster/health?wait_for_status=yellow&timeout=2s");
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!stillRunning.getAsBoolean()) {
                return "the Elasticsearch process exited (last health check: " + last + ")";
            }
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                last = "HTTP " + response.statusCode() + " " + response.body();
                // wait_for_status answers 200 once reached, 408 if not within its own timeout.
                if (response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"")) {
                    return null;
                }
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting for Elasticsearch";
            }
            sleep(Duration.ofMillis(500));
        }
        return "not healthy after " + timeout.toSeconds() + " s (last health check: " + last + ")";
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
