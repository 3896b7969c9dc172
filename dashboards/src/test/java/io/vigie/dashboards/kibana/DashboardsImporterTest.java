package io.vigie.dashboards.kibana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.dashboards.kibana.KibanaException.Kind;
import io.vigie.dashboards.savedobject.JsonText;
import io.vigie.dashboards.vigie.SavedObjects;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardsImporterTest {
    private static final String IMPORT = "/api/saved_objects/_import";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final DashboardsImporter importer = new DashboardsImporter(new KibanaClient(http));
    private FakeKibana kibana;

    @BeforeEach
    void start() throws IOException {
        kibana = new FakeKibana();
    }

    @AfterEach
    void stop() {
        kibana.close();
    }

    private KibanaTarget target(KibanaAuth auth, String space) {
        return new KibanaTarget(kibana.url(), auth, space, Duration.ofSeconds(10));
    }

    @Test
    void importsTheNdjsonAsMultipartWithOverwriteXsrfApiKeyAndSpacePrefix() {
        int n = SavedObjects.objects().size();
        kibana.version("9.1.3").answer("/s/marketing" + IMPORT, 200,
                "{\"success\":true,\"successCount\":" + n + ",\"successResults\":[]}");

        ImportSummary summary = importer.importAll(target(KibanaAuth.apiKey("aWQ6c2VjcmV0"), "marketing"));

        assertThat(summary.kibanaVersion()).isEqualTo("9.1.3");
        assertThat(summary.objectsImported()).isEqualTo(n);
        assertThat(summary.objectsSent()).isEqualTo(n);
        FakeKibana.Recorded status = kibana.requestsTo("/api/status").getFirst();
        assertThat(status.header("Authorization")).isEqualTo("ApiKey aWQ6c2VjcmV0");
        FakeKibana.Recorded imp = kibana.requestsTo("/s/marketing" + IMPORT).getFirst();
        assertThat(imp.method()).isEqualTo("POST");
        assertThat(imp.query()).isEqualTo("overwrite=true");
        assertThat(imp.header("kbn-xsrf")).isNotBlank();
        assertThat(imp.header("Authorization")).isEqualTo("ApiKey aWQ6c2VjcmV0");
        String contentType = imp.header("Content-Type");
        assertThat(contentType).startsWith("multipart/form-data; boundary=");
        String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
        assertThat(imp.body()).startsWith("--" + boundary + "\r\n")
                .contains("Content-Disposition: form-data; name=\"file\"; filename=\"vigie.ndjson\"")
                .contains("\r\n\r\n" + SavedObjects.ndjson() + "\r\n--" + boundary + "--");
        assertThat(importer.counters()).containsEntry("imports", 1L).containsEntry("objects_imported", (long) n);
    }

    @Test
    void defaultSpaceHasNoPrefixAndBasicAuthIsEncoded() {
        kibana.version("9.0.0").answer(IMPORT, 200, "{\"success\":true,\"successCount\":3}");

        importer.importAll(target(KibanaAuth.basic("analyst", "pä:ss"), null));

        String expected = "Basic " + Base64.getEncoder()
                .encodeToString("analyst:pä:ss".getBytes(StandardCharsets.UTF_8));
        assertThat(kibana.requestsTo(IMPORT)).singleElement()
                .satisfies(r -> assertThat(r.header("Authorization")).isEqualTo(expected));
    }

    @Test
    void rejectedCredentialsGiveAnAuthError() {
        kibana.answer("/api/status", 401,
                "{\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"[security_exception] unable to authenticate\"}");

        assertThatThrownBy(() -> importer.importAll(target(KibanaAuth.basic("elastic", "wrong"), null)))
                .isInstanceOfSatisfying(KibanaException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH))
                .hasMessageContaining("rejected the credentials (HTTP 401")
                .hasMessageContaining("unable to authenticate")
                .hasMessageNotContaining("wrong");
        assertThat(kibana.requestsTo(IMPORT)).isEmpty();
        assertThat(importer.counters()).containsEntry("failures.auth", 1L);
    }

    @Test
    void forbiddenImportNamesThePrivilegeProblem() {
        kibana.version("9.2.0").answer(IMPORT, 403, "{\"statusCode\":403,\"message\":\"Unable to bulk_create\"}");

        assertThatThrownBy(() -> importer.importAll(target(KibanaAuth.apiKey("k"), null)))
                .isInstanceOfSatisfying(KibanaException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH))
                .hasMessageContaining("HTTP 403").hasMessageContaining("privileges");
    }

    @Test
    void kibana8IsAVersionMismatchAndNothingIsImported() {
        kibana.version("8.15.2");

        assertThatThrownBy(() -> importer.importAll(target(KibanaAuth.none(), null)))
                .isInstanceOfSatisfying(KibanaException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.VERSION_MISMATCH))
                .hasMessageContaining("version mismatch: Kibana 8.x found")
                .hasMessageContaining("Vigie's dashboards need 9.x");
        assertThat(kibana.requestsTo(IMPORT)).isEmpty();
    }

    @Test
    void unreachablePortIsReportedWithTheUrl() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        KibanaTarget dead = new KibanaTarget(URI.create("http://127.0.0.1:" + port), KibanaAuth.none());

        assertThatThrownBy(() -> importer.importAll(dead))
                .isInstanceOfSatisfying(KibanaException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE))
                .hasMessageContaining("Kibana unreachable at http://127.0.0.1:" + port);
    }

    @Test
    void partialFailureListsEveryRejectedObject() {
        kibana.version("9.1.0").answer(IMPORT, 200, """
                {"success":false,"successCount":43,"errors":[
                 {"id":"vigie-dashboard-overview","type":"dashboard","meta":{"title":"Vigie - Image overview"},
                  "error":{"type":"missing_references","references":[{"type":"index-pattern","id":"vigie-dv-x"}]}},
                 {"id":"vigie-overview-map","type":"visualization","title":"Places mentioned",
                  "error":{"type":"unknown","message":"Unsupported visualization","statusCode":400}}]}""");

        assertThatThrownBy(() -> importer.importAll(target(KibanaAuth.none(), null)))
                .isInstanceOfSatisfying(KibanaException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.IMPORT_FAILED);
                    assertThat(e.importErrors()).hasSize(2);
                })
                .hasMessageContaining("rejected 2 saved object(s)")
                .hasMessageContaining("dashboard vigie-dashboard-overview (Vigie - Image overview): "
                        + "missing_references missing index-pattern/vigie-dv-x")
                .hasMessageContaining("visualization vigie-overview-map (Places mentioned): unknown "
                        + "Unsupported visualization");
    }

    @Test
    void unknownSpaceIsNamed() {
        kibana.version("9.1.0");

        assertThatThrownBy(() -> importer.importAll(target(KibanaAuth.none(), "nope")))
                .isInstanceOfSatisfying(KibanaException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.SPACE_NOT_FOUND))
                .hasMessageContaining("space 'nope'");
    }

    @Test
    void somethingElseThanKibanaIsABadResponse() {
        kibana.answer("/api/status", 200, "text/html", "<html>login</html>");

        assertThatThrownBy(() -> importer.importAll(target(KibanaAuth.none(), null)))
                .isInstanceOfSatisfying(KibanaException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE))
                .hasMessageContaining("not Kibana JSON");
    }

    @Test
    void exportAsksForEveryVigieObjectInTheSpace() {
        kibana.version("9.1.0").answer("/s/ops/api/saved_objects/_export", 200, "application/x-ndjson",
                "{\"id\":\"vigie-dv-mentions\"}\n");

        String out = importer.exportFromKibana(target(KibanaAuth.none(), "ops"));

        assertThat(out).isEqualTo("{\"id\":\"vigie-dv-mentions\"}\n");
        var body = JsonText.parse(kibana.requestsTo("/s/ops/api/saved_objects/_export").getFirst().body());
        assertThat(body.path("objects").size()).isEqualTo(SavedObjects.objects().size());
        assertThat(body.path("objects").toString()).contains("{\"type\":\"dashboard\",\"id\":\"vigie-dashboard-sources\"}");
        assertThat(body.path("includeReferencesDeep").asBoolean()).isTrue();
    }

    @Test
    void writeGeneratedProducesTheSameFileAsTheImport(@TempDir Path dir) throws IOException {
        Path out = DashboardsImporter.writeGenerated(dir.resolve("sub/vigie.ndjson"));
        assertThat(Files.readString(out)).isEqualTo(SavedObjects.ndjson());
    }

    @Test
    void targetValidation() {
        assertThat(new KibanaTarget(URI.create("https://kb.example:5601/kibana/"), null).url())
                .hasToString("https://kb.example:5601/kibana");
        assertThat(new KibanaTarget(URI.create("http://kb:5601"), null, "team-a", null)
                .spaceUrl("/api/x")).hasToString("http://kb:5601/s/team-a/api/x");
        assertThatThrownBy(() -> new KibanaTarget(URI.create("ftp://kb"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> new KibanaTarget(URI.create("http://kb"), null, "../admin", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("space id");
        assertThatThrownBy(() -> new KibanaTarget(URI.create("http://kb"), null, null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        assertThat(KibanaAuth.basic("u", "secret").toString()).doesNotContain("secret");
        assertThat(KibanaAuth.apiKey("c2VjcmV0").toString()).doesNotContain("c2VjcmV0");
    }
}
