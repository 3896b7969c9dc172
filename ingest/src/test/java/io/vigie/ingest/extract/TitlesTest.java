package io.vigie.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitlesTest {

    private static String choose(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
        String og = doc.selectFirst("meta[property=og:title]") == null ? null
                : doc.selectFirst("meta[property=og:title]").attr("content");
        return Titles.choose(doc, og, doc.title());
    }

    @Test
    void visibleHeadlineBeatsAnSeoTitle() {
        assertThat(choose("<title>Tramway: 5 things to know | La Gazette</title>",
                "<article><h1>The tramway reaches the northern districts</h1></article>"))
                .isEqualTo("The tramway reaches the northern districts");
    }

    @Test
    void siteNameInTheH1IsNoHeadline() {
        assertThat(choose("<title>Advent of Code week 2 – Marcus on Code</title>"
                        + "<meta property=og:title content='Advent of Code week 2'>",
                "<header><h1>Marcus on Code</h1></header><p>text</p>"))
                .isEqualTo("Advent of Code week 2");
        assertThat(choose("<title>RogerBW's Blog: Advent of Code 2025 week 2</title>",
                "<h1>RogerBW's Blog</h1>")).isEqualTo("RogerBW's Blog: Advent of Code 2025 week 2");
        assertThat(choose("<meta property=og:site_name content='Houstonia'><title>New restaurants to visit | Houstonia</title>",
                "<h1>Houstonia</h1>")).isEqualTo("New restaurants to visit");
    }

    @Test
    void headlineThatStartsTheTitleIsKept() {
        assertThat(choose("<title>Book Reviews – The Writing Center</title>", "<h1>Book Reviews</h1>"))
                .isEqualTo("Book Reviews");
    }

    @Test
    void genericLabelUnrelatedToTheTitleIsSkipped() {
        assertThat(choose("<title>Actuary's industry choice</title>", "<h1>Our BLOG</h1>"))
                .isEqualTo("Actuary's industry choice");
    }

    @Test
    void shoutingHeadlineTakesTheDeclaredCasing() {
        assertThat(choose("<title>Best Drip Coffee Maker 2026: Buying Tips</title>",
                "<h1>BEST DRIP COFFEE MAKER 2026: BUYING TIPS</h1>")).isEqualTo("Best Drip Coffee Maker 2026: Buying Tips");
    }
}
