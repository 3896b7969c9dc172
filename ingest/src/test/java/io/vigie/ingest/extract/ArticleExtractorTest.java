package io.vigie.ingest.extract;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static byte[] demo(String path) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getClassLoader().getResourceAsStream("demo/offline/pages/" + path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void extractsARealisticFrenchNewsPage() throws IOException {
        String path = "www.lephare-provence.example/faits-divers/2026/07/21/incendie-dans-les-calanques-300-hectares-parcourus_4738.html";
        ExtractedArticle a = extractor.extract(demo(path), null, URI.create("https://www.lephare-provence.example/" + path.substring(path.indexOf('/') + 1)));

        assertThat(a.title()).isEqualTo("Incendie dans les Calanques : 300 hectares parcourus, le feu fixé");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-07-21T20:10:00Z"));
        assertThat(a.modified()).isEqualTo(Instant.parse("2026-07-22T06:30:00Z"));
        assertThat(a.authors()).containsExactly("Claire Vidal");
        assertThat(a.languageHints()).containsExactly("fr", "fr-FR");
        assertThat(a.siteName()).isEqualTo("Le Phare de Provence");
        assertThat(a.image()).isEqualTo("https://www.lephare-provence.example/images/incendie-dans-les-calanques-300-hectares-parcourus_4738.jpg");
        assertThat(a.canonicalUrl()).endsWith("/faits-divers/2026/07/21/incendie-dans-les-calanques-300-hectares-parcourus_4738.html");

        String[] paragraphs = a.text().split("\n\n");
        // The standfirst is editorial text and is kept as the first paragraph.
        assertThat(paragraphs).hasSize(5);
        assertThat(paragraphs[0]).startsWith("Parti en début d'après-midi");
        assertThat(paragraphs[1]).startsWith("Le feu qui s'est déclaré lundi");
        assertThat(paragraphs[4]).startsWith("Le maire de Marseille");
        assertThat(a.text()).doesNotContain("cookies", "Tout accepter", "Facebook", "À lire aussi", "Publicité",
                "Les plus lus", "newsletter", "Réactions", "Mentions légales", "S'abonner", "dataLayer", "fin article");
    }

    @Test
    void extractsJsonLdGraphAndArticleBodyMarkup() throws IOException {
        String path = "www.medtimes.example/europe/2026/07/12/marseille-housing-crunch-squeezes-young-workers.html";
        ExtractedArticle a = extractor.extract(demo(path), UTF_8, URI.create("https://www.medtimes.example/europe/2026/07/12/marseille-housing-crunch-squeezes-young-workers"));
        assertThat(a.title()).isEqualTo("Marseille housing crunch squeezes young workers");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-07-12T06:30:00Z"));
        assertThat(a.authors()).containsExactly("Tom Fairbanks");
        assertThat(a.languageHints()).containsExactly("en-GB");
        assertThat(a.image()).isEqualTo("https://cdn.medtimes.example/img/marseille-housing-crunch-squeezes-young-workers.jpg");
        // Standfirst + four body paragraphs; the "Europe" kicker and the byline are chrome.
        assertThat(a.text().split("\n\n")).hasSize(5);
        assertThat(a.text()).startsWith("Rents in France's second city").doesNotContain("Europe", "By Tom");
        assertThat(a.text()).doesNotContain("Related", "Recommended", "Airbus", "Sign up", "214 partners");
    }

    @Test
    void decodesLatin1PageFromItsMetaWhenTheHeaderIsSilent() throws IOException {
        String path = "www.diariomediterraneo.example/cultura/2026/07/26/el-mucem-celebra-diez-anos-de-dialogo-mediterraneo.html";
        ExtractedArticle a = extractor.extract(demo(path), null, URI.create("https://www.diariomediterraneo.example/x"));
        assertThat(a.title()).isEqualTo("El MuCEM de Marsella celebra su aniversario con una gran exposición sobre el Mediterráneo");
        assertThat(a.text()).contains("«un Mediterráneo de encuentros, y no solo de fronteras»");
        assertThat(a.text()).doesNotContain("Publicidad", "Noticias relacionadas", "cookies", "Compartir");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-07-26T07:15:00Z"));
        assertThat(a.authors()).containsExactly("Javier Montes");
        assertThat(a.languageHints()).containsExactly("es", "es-ES");
    }

    @Test
    void headerCharsetWinsOverMetaThenUtf8IsTheDefault() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><article><p>Aix-en-Provence, été brûlant</p></article></body></html>";
        ExtractedArticle fromHeader = extractor.extract(html.getBytes(ISO_8859_1), ISO_8859_1, null);
        assertThat(fromHeader.text()).isEqualTo("Aix-en-Provence, été brûlant");
        ExtractedArticle noHints = extractor.extract("<p>café crème</p>".getBytes(UTF_8), null, null);
        assertThat(noHints.text()).isEqualTo("café crème");
        ExtractedArticle windows = extractor.extract("<p>\u0093Marseille\u0094</p>".getBytes(ISO_8859_1), Charset.forName("windows-1252"), null);
        assertThat(windows.text()).isEqualTo("“Marseille”");
    }

    @Test
    void fallsBackToDensestBlockAndToLooseText() {
        String html = "<html><body><div class=menu-top><p>Accueil</p></div><div id=x><div class=c>"
                + "<p>Premier paragraphe assez long pour gagner le score de densité.</p><p>Second paragraphe.</p></div></div>"
                + "<div class=col><p>court</p></div></body></html>";
        assertThat(extractor.extract(html.getBytes(UTF_8), UTF_8, null).text())
                .isEqualTo("Premier paragraphe assez long pour gagner le score de densité.\n\nSecond paragraphe.");
        String brOnly = "<html><body><div>Ligne une du texte<br>Ligne deux du texte</div></body></html>";
        assertThat(extractor.extract(brOnly.getBytes(UTF_8), UTF_8, null).text()).isEqualTo("Ligne une du texte\n\nLigne deux du texte");
    }

    @Test
    void pageWithoutContentGivesNoText() {
        ExtractedArticle a = extractor.extract("<html><body><nav>menu</nav><script>x()</script></body></html>".getBytes(UTF_8), UTF_8, null);
        assertThat(a.hasText()).isFalse();
    }

    @Test
    void datesInCommonFormats() {
        assertThat(DateParsing.parse("2026-07-21T22:10:00+02:00")).isEqualTo(Instant.parse("2026-07-21T20:10:00Z"));
        assertThat(DateParsing.parse("2026-07-21T22:10:00+0200")).isEqualTo(Instant.parse("2026-07-21T20:10:00Z"));
        assertThat(DateParsing.parse("2026-07-21 22:10:00")).isEqualTo(Instant.parse("2026-07-21T22:10:00Z"));
        assertThat(DateParsing.parse("2026-07-21")).isEqualTo(Instant.parse("2026-07-21T00:00:00Z"));
        assertThat(DateParsing.parse("Tue, 21 Jul 2026 22:10:00 +0200")).isEqualTo(Instant.parse("2026-07-21T20:10:00Z"));
        assertThat(DateParsing.parse("hier soir")).isNull();
    }

    @Test
    void publishDateFallsBackOnMetadataThenUrlThenVisibleText() {
        String body = "<body><article><h1>Un titre d'article</h1><p class=byline>Par Jeanne, le 4 mars 2024</p>"
                + "<p>Texte.</p></article></body>";
        ArticleExtractor x = new ArticleExtractor();
        ExtractedArticle declared = x.extract(("<html><head><meta property=article:published_time "
                + "content=2024-03-01T08:00:00Z></head>" + body + "</html>").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                null, java.net.URI.create("https://x.example/2024/02/20/a"));
        assertThat(declared.published()).isEqualTo(Instant.parse("2024-03-01T08:00:00Z"));
        ExtractedArticle fromUrl = x.extract(("<html>" + body + "</html>").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                null, java.net.URI.create("https://x.example/2024/02/20/a"));
        assertThat(fromUrl.published()).isEqualTo(Instant.parse("2024-02-20T00:00:00Z"));
        ExtractedArticle fromText = x.extract(("<html>" + body + "</html>").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                null, java.net.URI.create("https://x.example/a"));
        assertThat(fromText.published()).isEqualTo(Instant.parse("2024-03-04T00:00:00Z"));
        assertThat(declared.publishedShown()).isFalse();
        assertThat(fromUrl.publishedShown()).isTrue();
        assertThat(fromText.publishedShown()).isTrue();
    }
}
