package io.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.vigie.report.compute.CalculatorSettings;
import io.vigie.report.compute.ReportData;
import io.vigie.report.health.SourceHealth;
import io.vigie.report.live.LiveServer;
import io.vigie.report.live.LiveSettings;
import io.vigie.report.live.MetricsRegistry;
import io.vigie.report.mail.ReportMailer;
import io.vigie.report.mail.SmtpSettings;
import io.vigie.report.period.ReportPeriod;
import io.vigie.report.testing.Fixture;
import io.vigie.testkit.ElasticsearchUrl;
import io.vigie.testkit.TestInfraExtension;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Report figures, renderings, e-mail and live view on hand-made mentions in the real Elasticsearch. */
@ExtendWith(TestInfraExtension.class)
class ReportServiceIT {
    private static final String INDEX = "vigie-report-it-mentions-2026.11-000001";
    private static final String ALIAS = "vigie-report-it";
    private static final String ALERTS = "vigie-report-it-alerts";
    private static final Instant NOW = ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, Fixture.PARIS).toInstant();
    private static final ReportPeriod W47 = ReportPeriod.isoWeek("2026-W47", Fixture.PARIS);

    private static ElasticsearchClient client;
    private static ReportService service;

    @BeforeAll
    static void load(@ElasticsearchUrl String url) throws Exception {
        client = ElasticsearchClient.of(b -> b.host(url));
        if (client.indices().exists(e -> e.index(INDEX)).value()) {
            client.indices().delete(d -> d.index(INDEX));
        }
        try (InputStream mapping = ReportServiceIT.class.getResourceAsStream("/fixtures/mentions-mapping.json")) {
            client.indices().create(c -> c.index(INDEX).withJson(mapping));
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
        for (ObjectNode doc : Fixture.documents()) {
            String json = doc.toString();
            bulk.operations(o -> o.index(i -> i.index(INDEX).id(doc.get("id").asText())
                    .document(co.elastic.clients.json.JsonData.fromJson(json))));
        }
        assertThat(client.bulk(bulk.build()).errors()).isFalse();
        if (client.indices().exists(e -> e.index(ALERTS)).value()) {
            client.indices().delete(d -> d.index(ALERTS));
        }
        client.index(i -> i.index(ALERTS).id("al1").refresh(co.elastic.clients.elasticsearch._types.Refresh.True)
                .withJson(new StringReader("""
                        {"@timestamp":"2026-11-18T10:00:00Z","incident_id":"inc-<7>","step":"open","severity":"high",
                         "pillar":"social","observed":12,"baseline":3.5,"factor":3.4}""")));
        List<SourceHealth> health = List.of(
                new SourceHealth("guardian", "The Guardian", NOW.minus(Duration.ofHours(2)), null, null, 120),
                new SourceHealth("bbc", "BBC News", Instant.parse("2026-11-10T08:00:00Z"), "HTTP 503", NOW.minus(Duration.ofHours(1)), 80));
        ReportSettings settings = ReportSettings.defaults().withIndices(ALIAS, ALERTS).withKibanaUrl("http://kibana.local:5601")
                .withCalculator(new CalculatorSettings("FR", 5, 12, 4, 5, 3, Duration.ofHours(48)));
        service = new ReportService(client, settings, () -> health, Clock.fixed(NOW, Fixture.PARIS));
    }

    @AfterAll
    static void close() throws Exception {
        client.close();
    }

    @Test
    void headlineFiguresOfTheWeekMatchTheHandCount() {
        ReportData data = service.compute(W47);
        var c = data.current();
        assertThat(data.thin()).isFalse();
        assertThat(c.documents()).isEqualTo(10);
        assertThat(c.mentions()).as("a9 is not relevant").isEqualTo(9);
        assertThat(c.stories()).as("S1 has two copies").isEqualTo(8);
        assertThat(c.international().k()).isEqualTo(5);
        assertThat(c.international().n()).isEqualTo(9);
        assertThat(c.sentiment().value()).isCloseTo((4 - 3) / 8.0, within(1e-9));
        assertThat(c.negative().share()).isCloseTo(3 / 8.0, within(1e-9));
        assertThat(c.index().k()).as("a1, a2, a5").isEqualTo(3);
        assertThat(c.index().n()).as("a1, a2, a4, a5, a7").isEqualTo(5);
        assertThat(c.index().lower()).isLessThan(0.6).isGreaterThan(0.2);
        assertThat(c.frameBalance().value()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c.unclassified()).isEqualTo(1);
        assertThat(data.quality().feedOnly().k()).isEqualTo(1);

        assertThat(data.previous().mentions()).isEqualTo(10);
        assertThat(data.previous().sentiment().value()).isCloseTo(0.2, within(1e-9));
        assertThat(data.reference().windows()).isEqualTo(4);
        assertThat(data.reference().mentions()).isEqualTo(40);
        assertThat(data.indexSeries()).hasSize(12);
        assertThat(data.indexSeries().get(11).index()).isEqualTo(c.index());
        assertThat(data.indexSeries().get(0).index().empty()).as("W36 has no data").isTrue();

        assertThat(data.topPositive()).extracting(ReportData.Story::key).containsExactly("S1", "S2", "S7");
        assertThat(data.topPositive().get(0).outlets()).isEqualTo(2);
        assertThat(data.topPositive().get(0).outlet()).as("the most-read copy").isEqualTo("The Guardian");
        assertThat(data.topPositive().get(0).evidence()).isEqualTo("The new tramway line is a model for Europe.");
        assertThat(data.topNegative()).extracting(ReportData.Story::key).containsExactly("S3", "S5", "S6");
        assertThat(data.emergingTerms()).extracting(ReportData.EmergingTerm::term).containsExactly("tramway");
        assertThat(data.alerts()).singleElement().satisfies(a -> assertThat(a.incidentId()).isEqualTo("inc-<7>"));
        assertThat(data.themes()).extracting(ReportData.Count::key, ReportData.Count::n).startsWith(
                org.assertj.core.groups.Tuple.tuple("mobility", 4L));
        assertThat(data.topics()).extracting(ReportData.Count::key, ReportData.Count::n).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tramway", 2L), org.assertj.core.groups.Tuple.tuple("housing", 1L));
        assertThat(data.countries()).extracting(ReportData.Count::key).startsWith("FR", "GB");
        assertThat(data.sentimentByPillar()).extracting(ReportData.PillarSentiment::pillar)
                .containsExactly("environmental", "social", "economic");
        assertThat(data.daily()).hasSize(7);
        assertThat(data.daily().stream().mapToLong(ReportData.DailyPoint::mentions).sum()).isEqualTo(9);
    }

    @Test
    void aDeadSourceIsReportedAsACollectionProblem() {
        ReportData data = service.compute(W47);
        assertThat(data.quality().silent()).singleElement().satisfies(s -> {
            assertThat(s.sourceId()).isEqualTo("bbc");
            assertThat(s.meanBefore()).isEqualTo(2.0);
        });
        assertThat(data.quality().sourcesDown()).extracting(SourceHealth::sourceId).containsExactly("bbc");
        assertThat(data.quality().sourcesUp()).extracting(SourceHealth::sourceId).containsExactly("guardian");
        String html = service.html(W47, "en");
        assertThat(html).contains("Caution: 1 source(s) brought nothing this period although active before (BBC News)");
    }

    @Test
    void anEmptyWeekSaysItCannotConcludeInsteadOfShowingPercentages() throws Exception {
        ReportPeriod w49 = ReportPeriod.isoWeek("2026-W49", Fixture.PARIS);
        RenderedReport report = service.render(w49, "en");
        assertThat(report.data().thin()).isTrue();
        assertThat(report.data().current().mentions()).isZero();
        assertThat(report.data().current().negative().empty()).isTrue();
        assertThat(report.html()).contains("Not enough data to conclude.").doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(pdfText(report.pdf())).contains("Not enough data to conclude");

        ReportService noAlerts = new ReportService(client,
                service.settings().withIndices("vigie-report-it-nothing-here", "vigie-report-it-no-alerts"), null,
                Clock.fixed(NOW, Fixture.PARIS));
        ReportData none = noAlerts.compute(W47);
        assertThat(none.current().documents()).isZero();
        assertThat(none.alerts()).isEmpty();
    }

    @Test
    void hostileTitlesAndLinksAreInertInHtml() {
        String html = service.html(W47, "en");
        assertThat(html).doesNotContain("<script").doesNotContain("javascript:").doesNotContain("<img src=x")
                .doesNotContain("<b>crime</b>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Marseille &amp; &lt;b&gt;crime&lt;/b&gt;");
        assertThat(html).contains("inc-&lt;7&gt;");
        assertThat(html).contains("href=\"https://guardian.example/tram\"");
        assertThat(html).contains("http://kibana.local:5601/app/discover");
        var parsed = org.jsoup.Jsoup.parse(html);
        assertThat(parsed.select("script")).isEmpty();
        assertThat(parsed.select("[onerror], [onload], [onclick]")).isEmpty();
        assertThat(parsed.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("http"));
    }

    @Test
    void pdfHasNonBlankPagesWithTheHeadlineFigures(@TempDir Path dir) throws Exception {
        RenderedReport report = service.render(W47, "fr");
        report.writeTo(dir);
        assertThat(dir.resolve("report.html")).isNotEmptyFile();
        byte[] pdf = Files.readAllBytes(dir.resolve("report.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(2, 8);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                assertThat(inkShare(renderer.renderImageWithDPI(i, 40))).as("page %d has ink", i + 1).isGreaterThan(0.005);
            }
        }
        String text = pdfText(pdf);
        assertThat(text).contains("Chiffres clés").contains("Mentions").contains("Indice d’image des transitions");
        assertThat(text).contains("55,6 %").as("international share 5/9")
                .contains("37,5 %").as("share negative 3/8")
                .contains("60,0 %").as("index 3/5")
                .contains("+12,5").as("net sentiment");
        assertThat(text).contains("Méthodologie").contains("BBC News");
        assertThat(text).contains("<script>alert").as("the hostile title is shown as text");
    }

    @Test
    void mailCarriesTheHtmlSummaryAndThePdf() throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try {
            SmtpSettings smtp = new SmtpSettings("127.0.0.1", mail.getSmtp().getPort(), SmtpSettings.Security.NONE,
                    null, null, "vigie@example.org", List.of("direction@example.org", "presse@example.org"), Duration.ofSeconds(10));
            RenderedReport report = service.render(W47, "fr");
            new ReportMailer(smtp).send(report);
            MimeMessage[] received = mail.getReceivedMessages();
            assertThat(received).hasSize(2);
            MimeMessage m = received[0];
            assertThat(m.getSubject()).isEqualTo("Aix-Marseille-Provence dans les médias — 2026-W47");
            MimeMultipart parts = (MimeMultipart) m.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            String body = (String) parts.getBodyPart(0).getContent();
            assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/html");
            assertThat(body).contains("Chiffres clés").contains("55,6").doesNotContain("<script");
            assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
            assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("vigie-report-2026-W47.pdf");
            byte[] attached = parts.getBodyPart(1).getInputStream().readAllBytes();
            try (PDDocument doc = Loader.loadPDF(attached)) {
                assertThat(doc.getNumberOfPages()).isPositive();
            }
        } finally {
            mail.stop();
        }
    }

    @Test
    void liveServerServesTheReportHealthAndMetrics() throws Exception {
        MetricsRegistry metrics = new MetricsRegistry();
        metrics.addCollector(r -> r.set("vigie_mentions_indexed_total", MetricsRegistry.Type.COUNTER,
                "Mentions indexed", Map.of("source", "guardian", "stage", "index"), 42));
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("kafka", Map.of("status", "UP"));
        components.put("elasticsearch", Map.of("status", "UP"));
        Clock clock = Clock.fixed(ZonedDateTime.of(2026, 11, 22, 20, 0, 0, 0, Fixture.PARIS).toInstant(), Fixture.PARIS);
        try (LiveServer live = new LiveServer(new LiveSettings("127.0.0.1", 0, 7, true), service, () -> components,
                metrics, clock).start()) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + live.port();
            HttpResponse<String> page = get(http, base + "/?lang=en");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(LiveServer.CSP);
            assertThat(page.body()).contains("Headline figures").contains("2026-11-16..2026-11-22")
                    .contains("&lt;script&gt;").doesNotContain("<script");
            HttpResponse<String> range = get(http, base + "/?from=2026-11-09&to=2026-11-15&lang=en");
            assertThat(range.body()).contains("2026-11-09..2026-11-15");
            assertThat(get(http, base + "/?days=abc").statusCode()).isEqualTo(400);
            assertThat(get(http, base + "/?days=9999").statusCode()).isEqualTo(400);

            HttpResponse<String> health = get(http, base + "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"kafka\"");
            components.put("elasticsearch", Map.of("status", "DOWN", "error", "connection refused"));
            assertThat(get(http, base + "/health").statusCode()).isEqualTo(503);

            HttpResponse<String> scrape = get(http, base + "/metrics");
            assertThat(scrape.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(scrape.body()).contains("# TYPE vigie_mentions_indexed_total counter\n")
                    .contains("vigie_mentions_indexed_total{source=\"guardian\",stage=\"index\"} 42\n");
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int lum = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                if (lum < 200) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
