package io.vigie.dashboards.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.JsonText;
import io.vigie.dashboards.vigie.SavedObjects.SavedObjectKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The three Kibana HTTP APIs we need: status, saved-objects import and export. The {@link HttpClient} is the
 * caller's (created once, with its connect timeout and TLS settings); each request uses the target's timeout.
 */
public final class KibanaClient {
    private static final int MAX_ERROR_BODY = 500;
    private final HttpClient http;

    public KibanaClient(HttpClient http) {
        this.http = Objects.requireNonNull(http);
    }

    public KibanaStatus status(KibanaTarget target) {
        HttpResponse<String> r = send(target, request(target, target.baseUrl("/api/status")).GET().build());
        requireOk(target, r, "status");
        JsonNode body = json(target, r, "status");
        String version = body.path("version").path("number").asText("");
        if (!version.matches("\\d+\\..*")) {
            throw new KibanaException(KibanaException.Kind.BAD_RESPONSE, "Kibana at " + target.describe()
                    + " answered /api/status without a version number; is this URL really Kibana?");
        }
        int major = Integer.parseInt(version.substring(0, version.indexOf('.')));
        String level = body.path("status").path("overall").path("level").asText("unknown");
        return new KibanaStatus(version, major, level);
    }

    /** Imports with {@code overwrite=true}, so running it again replaces our objects in place (idempotent). */
    public ImportResult importNdjson(KibanaTarget target, String ndjson) {
        MultipartFile file = MultipartFile.of("file", "vigie.ndjson", "application/ndjson", ndjson);
        HttpRequest req = request(target, target.spaceUrl("/api/saved_objects/_import?overwrite=true"))
                .header("Content-Type", file.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(file.body()))
                .build();
        HttpResponse<String> r = send(target, req);
        requireOk(target, r, "saved objects import");
        JsonNode body = json(target, r, "saved objects import");
        List<ImportError> errors = new ArrayList<>();
        for (JsonNode e : body.path("errors")) {
            errors.add(importError(e));
        }
        if (!body.path("success").asBoolean(false) || !errors.isEmpty()) {
            StringBuilder msg = new StringBuilder("Kibana at " + target.describe() + " rejected "
                    + errors.size() + " saved object(s):");
            errors.forEach(e -> msg.append("\n  - ").append(e));
            throw new KibanaException(KibanaException.Kind.IMPORT_FAILED, msg.toString(), errors, null);
        }
        List<String> ids = new ArrayList<>();
        body.path("successResults").forEach(s -> ids.add(s.path("type").asText() + "/" + s.path("id").asText()));
        return new ImportResult(body.path("successCount").asInt(ids.size()), ids);
    }

    /** Exports the given objects (and what they reference) as NDJSON, without the trailing export summary line. */
    public String export(KibanaTarget target, List<SavedObjectKey> keys) {
        ObjectNode req = JsonText.object();
        ArrayNode objects = req.putArray("objects");
        keys.forEach(k -> objects.addObject().put("type", k.type()).put("id", k.id()));
        req.put("includeReferencesDeep", true);
        req.put("excludeExportDetails", true);
        HttpResponse<String> r = send(target, request(target, target.spaceUrl("/api/saved_objects/_export"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonText.stringify(req)))
                .build());
        requireOk(target, r, "saved objects export");
        return r.body();
    }

    private static HttpRequest.Builder request(KibanaTarget target, URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(target.timeout())
                .header("kbn-xsrf", "vigie")
                .header("Accept", "application/json");
        target.auth().authorizationHeader().ifPresent(h -> b.header("Authorization", h));
        return b;
    }

    private HttpResponse<String> send(KibanaTarget target, HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KibanaException(KibanaException.Kind.UNREACHABLE,
                    "interrupted while calling Kibana at " + target.describe(), e);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new KibanaException(KibanaException.Kind.UNREACHABLE, "Kibana unreachable at " + target.url()
                    + " (" + e.getClass().getSimpleName() + ": " + reason + ")", e);
        }
    }

    private static void requireOk(KibanaTarget target, HttpResponse<String> r, String what) {
        int code = r.statusCode();
        if (code >= 200 && code < 300) {
            return;
        }
        String where = "Kibana at " + target.describe();
        String detail = errorDetail(r.body());
        throw switch (code) {
            case 401 -> new KibanaException(KibanaException.Kind.AUTH, where
                    + " rejected the credentials (HTTP 401" + detail + "); check the API key or user/password ("
                    + target.auth() + ")");
            case 403 -> new KibanaException(KibanaException.Kind.AUTH, where + " refused " + what
                    + " (HTTP 403" + detail + "); the user or API key lacks the saved-objects privileges");
            case 404 -> target.space().equals(KibanaTarget.DEFAULT_SPACE)
                    ? new KibanaException(KibanaException.Kind.HTTP_ERROR, where + ": " + what
                    + " API not found (HTTP 404" + detail + "); is the URL (and base path) Kibana's?")
                    : new KibanaException(KibanaException.Kind.SPACE_NOT_FOUND, where + ": " + what
                    + " API not found (HTTP 404" + detail + "); does the space '" + target.space() + "' exist?");
            case 503 -> new KibanaException(KibanaException.Kind.NOT_READY, where
                    + " is not ready (HTTP 503" + detail + "); retry once Kibana has started");
            default -> new KibanaException(KibanaException.Kind.HTTP_ERROR, where + ": " + what + " failed (HTTP "
                    + code + detail + r.headers().firstValue("Location").map(l -> ", redirect to " + l).orElse("")
                    + ")");
        };
    }

    private static String errorDetail(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text;
        try {
            JsonNode n = JsonText.MAPPER.readTree(body);
            text = n.path("message").asText(body);
        } catch (IOException | RuntimeException e) {
            text = body;
        }
        text = text.replaceAll("\\s+", " ").strip();
        return ": " + (text.length() > MAX_ERROR_BODY ? text.substring(0, MAX_ERROR_BODY) + "..." : text);
    }

    private static JsonNode json(KibanaTarget target, HttpResponse<String> r, String what) {
        try {
            JsonNode n = JsonText.MAPPER.readTree(r.body());
            if (n == null || !n.isObject()) {
                throw new IOException("not a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new KibanaException(KibanaException.Kind.BAD_RESPONSE, "Kibana at " + target.describe()
                    + " answered " + what + " with something that is not Kibana JSON" + errorDetail(r.body()), e);
        }
    }

    private static ImportError importError(JsonNode e) {
        JsonNode err = e.path("error");
        String title = e.path("title").asText(e.path("meta").path("title").asText(""));
        List<String> details = new ArrayList<>();
        for (JsonNode ref : err.path("references")) {
            details.add(ref.path("type").asText() + "/" + ref.path("id").asText());
        }
        String detail = details.isEmpty() ? err.path("message").asText("") : "missing " + String.join(", ", details);
        return new ImportError(e.path("type").asText("?"), e.path("id").asText("?"), title,
                err.path("type").asText("unknown"), detail);
    }
}
