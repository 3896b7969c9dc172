package io.vigie.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.vigie.dashboards.vigie.SavedObjects;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardsCommandTest {

    @Test
    void withoutASubcommandItSaysWhatToDo() {
        CliRun run = CliRun.of(new DashboardsCommand());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("import or export");
    }

    @Test
    void importOptionsAreChecked() {
        CliRun missing = CliRun.of(new DashboardsCommand(), "import");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--kibana");

        CliRun both = CliRun.of(new DashboardsCommand(), "import", "--kibana", "http://127.0.0.1:1",
                "--api-key", "abc", "--user", "elastic", "--password", "x");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--api-key and --user are exclusive");

        CliRun noPassword = CliRun.of(new DashboardsCommand(), "import", "--kibana", "http://127.0.0.1:1",
                "--password", "x");
        assertThat(noPassword.exitCode()).isEqualTo(2);
        assertThat(noPassword.err()).contains("--password needs --user");

        CliRun badUrl = CliRun.of(new DashboardsCommand(), "import", "--kibana", "ftp://kibana.example");
        assertThat(badUrl.exitCode()).isEqualTo(2);
        assertThat(badUrl.err()).contains("http(s)://");

        CliRun badSpace = CliRun.of(new DashboardsCommand(), "import", "--kibana", "http://127.0.0.1:1",
                "--space", "Team A");
        assertThat(badSpace.exitCode()).isEqualTo(2);
        assertThat(badSpace.err()).contains("space id");
    }

    @Test
    void anUnreachableKibanaIsNamed() {
        CliRun run = CliRun.of(new DashboardsCommand(), "import", "--kibana", "http://127.0.0.1:1");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("127.0.0.1:1");
    }

    @Test
    void exportWritesTheGeneratedObjects(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sub/vigie.ndjson");
        CliRun run = CliRun.of(new DashboardsCommand(), "export", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(SavedObjects.ndjson());
        assertThat(run.out()).contains("wrote " + SavedObjects.objects().size() + " saved objects");
    }

    @Test
    void importsIntoAKibanaSpaceWithTheApiKey() throws IOException {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer kibana = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        kibana.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getRequestBody().readAllBytes();
            String body = exchange.getRequestURI().getPath().endsWith("/api/status")
                    ? "{\"version\":{\"number\":\"9.5.3\"},\"status\":{\"overall\":{\"level\":\"available\"}}}"
                    : "{\"success\":true,\"successCount\":" + SavedObjects.objects().size() + ",\"successResults\":[]}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        kibana.start();
        try {
            String url = "http://127.0.0.1:" + kibana.getAddress().getPort();
            CliRun run = CliRun.of(new DashboardsCommand(), "import", "--kibana", url, "--api-key", "a2V5OnNlY3JldA==",
                    "--space", "marketing");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("imported " + SavedObjects.objects().size()).contains("9.5.3");
            assertThat(seen).anyMatch(s -> s.startsWith("POST /s/marketing/api/saved_objects/_import?overwrite=true")
                    && s.endsWith("ApiKey a2V5OnNlY3JldA=="));
        } finally {
            kibana.stop(0);
        }
    }
}
