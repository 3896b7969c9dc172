package io.vigie.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigie.ingest.feed.RomeFeedParser;
import io.vigie.ingest.fetch.FetchException;
import io.vigie.ingest.fetch.FetchFailure;
import io.vigie.ingest.fetch.FetchResult;
import io.vigie.ingest.fetch.Fetcher;
import io.vigie.ingest.fetch.Validators;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FeedCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String GOOD = """
            <rss version="2.0"><channel><title>Actu</title><link>https://news.example/</link><language>fr</language>
             <item><title>Incendie à Martigues</title><link>https://news.example/a</link>
              <pubDate>Tue, 21 Jul 2026 22:10:00 +0200</pubDate><author>x@news.example (Léa)</author>
              <category>Faits divers</category><description>&lt;p&gt;Le feu.&lt;/p&gt;</description></item></channel></rss>""";

    /** Serves one feed for https://feeds.example/ok and fails every other URL like the real fetcher would. */
    private static final Fetcher FAKE = request -> {
        if (request.url().toString().equals("https://feeds.example/ok")) {
            return new FetchResult(URI.create("https://feeds.example/ok"), 200,
                    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title><entry><title>E</title><link href=\"/e\"/></entry></feed>"
                            .getBytes(UTF_8), "application/atom+xml", Validators.NONE);
        }
        throw new FetchException(FetchFailure.BLOCKED_ADDRESS, request.sourceId(), request.url(), "refused for the test");
    };

    private record Run(int exit, List<JsonNode> lines, String err) {
    }

    private static Run run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new FeedCommand(new RomeFeedParser(), FAKE));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        List<JsonNode> lines = out.toString().lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not one JSON object per line: " + l, e);
            }
        }).toList();
        return new Run(exit, lines, err.toString());
    }

    @Test
    void printsOneJsonObjectPerInputInOrder(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.xml"), GOOD);
        Path broken = Files.writeString(dir.resolve("broken.xml"), GOOD.replace("Incendie à", "Feu & fumée à"));
        Run r = run(good.toString(), "https://feeds.example/ok", broken.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(3);
        JsonNode first = r.lines().get(0);
        assertThat(first.get("source").asText()).isEqualTo(good.toString());
        assertThat(first.get("format").asText()).isEqualTo("rss_2.0");
        assertThat(first.get("recovered").asBoolean()).isFalse();
        assertThat(first.get("title").asText()).isEqualTo("Actu");
        assertThat(first.get("link").asText()).isEqualTo("https://news.example/");
        assertThat(first.get("language").asText()).isEqualTo("fr");
        JsonNode entry = first.get("entries").get(0);
        assertThat(entry.get("title").asText()).isEqualTo("Incendie à Martigues");
        assertThat(entry.get("link").asText()).isEqualTo("https://news.example/a");
        assertThat(entry.get("published").asText()).isEqualTo("2026-07-21T20:10:00Z");
        assertThat(entry.get("summary").asText()).isEqualTo("Le feu.");
        assertThat(entry.get("authors").get(0).asText()).contains("Léa");
        assertThat(entry.get("categories").get(0).asText()).isEqualTo("Faits divers");
        assertThat(entry.fieldNames()).toIterable()
                .containsExactly("title", "link", "published", "summary", "authors", "categories");

        JsonNode url = r.lines().get(1);
        assertThat(url.get("source").asText()).isEqualTo("https://feeds.example/ok");
        assertThat(url.get("format").asText()).isEqualTo("atom_1.0");
        assertThat(url.get("entries").get(0).get("link").asText()).isEqualTo("https://feeds.example/e");

        JsonNode third = r.lines().get(2);
        assertThat(third.get("recovered").asBoolean()).isTrue();
        assertThat(third.get("entries").get(0).get("title").asText()).isEqualTo("Feu & fumée à Martigues");
    }

    @Test
    void errorsAreReportedPerInputAndExitIsOne(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.xml"), GOOD);
        Path html = Files.writeString(dir.resolve("page.html"), "<html><body>no feed</body></html>");
        Run r = run(dir.resolve("missing.xml").toString(), good.toString(), html.toString(), "https://feeds.example/down");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.lines()).hasSize(4);
        assertThat(r.lines().get(0).get("error").asText()).isEqualTo("no such file");
        assertThat(r.lines().get(0).fieldNames()).toIterable().containsExactly("source", "error");
        assertThat(r.lines().get(1).has("error")).isFalse();
        assertThat(r.lines().get(2).get("error").asText()).isEqualTo("not an RSS or Atom feed (root element <html>)");
        assertThat(r.lines().get(3).get("source").asText()).isEqualTo("https://feeds.example/down");
        assertThat(r.lines().get(3).get("error").asText()).contains("refused for the test");
    }

    @Test
    void entityExpansionIsAnErrorLine(@TempDir Path dir) throws Exception {
        Path bomb = Files.writeString(dir.resolve("bomb.xml"), "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<rss version=\"2.0\"><channel><title>&b;</title></channel></rss>");
        Run r = run(bomb.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.lines().get(0).get("error").asText()).startsWith("DOCTYPE declares entities");
    }
}
