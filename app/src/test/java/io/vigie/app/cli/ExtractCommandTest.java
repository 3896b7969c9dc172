package io.vigie.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARAGRAPH = "Le Vieux-Port de Marseille accueille ce week-end la grande parade nautique, "
            + "avec plus de deux cents voiliers attendus et des milliers de spectateurs sur les quais.";

    @TempDir
    Path dir;

    record Run(int exit, List<JsonNode> lines, String err) {
    }

    private static Run run(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ExtractCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new Run(exit, lines, err.toString());
    }

    private static String page(String title, String body) {
        return "<html lang=fr><head><title>" + title + "</title>"
                + "<link rel=canonical href=\"/articles/" + title + "\">"
                + "<meta property=og:site_name content=\"La Gazette\">"
                + "<meta property=article:published_time content=\"2026-07-21T22:10:00+02:00\">"
                + "<meta name=description content=\"Résumé\"><meta property=og:image content=\"/img/a.jpg\">"
                + "</head><body><nav><a href=/>Accueil</a></nav><article><p>" + body + "</p></article></body></html>";
    }

    private Path file(String name, String html, Charset cs) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, html.getBytes(cs));
        return p;
    }

    @Test
    void printsOneJsonObjectPerInputInOrderAndFailsWhenOneInputFails() throws IOException {
        Path a = file("a.html", page("parade", PARAGRAPH), UTF_8);
        Path b = file("b.html", page("second", "Deuxième article : " + PARAGRAPH), Charset.forName("windows-1252"));
        Run r = run(a.toString(), dir.resolve("missing.html").toString(), b.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.lines()).hasSize(3);
        JsonNode first = r.lines().get(0);
        assertThat(first.get("source").asText()).isEqualTo(a.toString());
        assertThat(first.get("title").asText()).isEqualTo("parade");
        assertThat(first.get("text").asText()).isEqualTo(PARAGRAPH);
        assertThat(first.get("published").asText()).isEqualTo("2026-07-21T20:10:00Z");
        assertThat(first.get("lang").asText()).isEqualTo("fr");
        assertThat(first.get("site_name").asText()).isEqualTo("La Gazette");
        assertThat(first.get("description").asText()).isEqualTo("Résumé");
        assertThat(first.get("authors").isArray()).isTrue();
        assertThat(first.has("modified")).isTrue();
        assertThat(first.get("url").isNull()).isTrue();
        // Without a page URL a relative canonical cannot be resolved into an absolute one.
        assertThat(first.get("canonical_url").isNull()).isTrue();
        assertThat(first.has("error")).isFalse();

        JsonNode missing = r.lines().get(1);
        assertThat(missing.get("source").asText()).endsWith("missing.html");
        assertThat(missing.get("error").asText()).isEqualTo("no such file");
        assertThat(missing.size()).isEqualTo(2);

        assertThat(r.lines().get(2).get("text").asText()).startsWith("Deuxième article");
    }

    @Test
    void urlOptionResolvesRelativeLinksOfASingleFile() throws IOException {
        Path a = file("a.html", page("parade", PARAGRAPH), UTF_8);
        Run r = run(a.toString(), "--url", "https://www.gazette.example/mer/parade.html");
        assertThat(r.exit()).isZero();
        JsonNode n = r.lines().get(0);
        assertThat(n.get("url").asText()).isEqualTo("https://www.gazette.example/mer/parade.html");
        assertThat(n.get("canonical_url").asText()).isEqualTo("https://www.gazette.example/articles/parade");
        assertThat(n.get("image").asText()).isEqualTo("https://www.gazette.example/img/a.jpg");
    }

    @Test
    void urlOptionWithSeveralInputsIsAUsageError() throws IOException {
        Path a = file("a.html", page("a", PARAGRAPH), UTF_8);
        Run r = run(a.toString(), a.toString(), "--url", "https://x.example/");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--url applies to a single file input");
        assertThat(r.lines()).isEmpty();
    }

    @Test
    void manyInputsKeepTheirOrder() throws IOException {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            args.add(file("p" + i + ".html", page("t" + i, "Article numéro " + i + ". " + PARAGRAPH), UTF_8).toString());
        }
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(40);
        for (int i = 0; i < 40; i++) {
            assertThat(r.lines().get(i).get("title").asText()).isEqualTo("t" + i);
        }
    }

    @Test
    void fetchesUrlInputsAndReportsHttpErrors() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article", ex -> {
            byte[] body = page("web", PARAGRAPH).getBytes(Charset.forName("windows-1252"));
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=windows-1252");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        });
        server.createContext("/gone", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Run guarded = run(base + "/article");
            assertThat(guarded.exit()).isEqualTo(1);
            assertThat(guarded.lines().get(0).get("error").asText()).isNotBlank();

            Run r = run("--allow-private", base + "/article", base + "/gone");
            assertThat(r.exit()).isEqualTo(1);
            JsonNode ok = r.lines().get(0);
            assertThat(ok.get("text").asText()).isEqualTo(PARAGRAPH);
            assertThat(ok.get("url").asText()).isEqualTo(base + "/article");
            assertThat(ok.get("canonical_url").asText()).isEqualTo(base + "/articles/web");
            JsonNode gone = r.lines().get(1);
            assertThat(gone.get("source").asText()).isEqualTo(base + "/gone");
            assertThat(gone.get("error").asText()).contains("404");
        } finally {
            server.stop(0);
        }
    }
}
