package io.vigie.ingest.gdelt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class GdeltParserTest {

    @Test
    void readsArticlesWithIsoLanguageAndCountry() throws Exception {
        String json = """
                {"articles": [
                 {"url": "https://www.theguardian.com/travel/2024/jan/15/marseille-food", "url_mobile": "",
                  "title": "Marseille's food scene", "seendate": "20240115T163000Z",
                  "socialimage": "https://i.guim.co.uk/x.jpg", "domain": "theguardian.com",
                  "language": "English", "sourcecountry": "United Kingdom"},
                 {"url": "https://www.elmundo.es/viajes/marsella.html", "title": "Marsella", "seendate": "20240115T170000Z",
                  "domain": "elmundo.es", "language": "Spanish", "sourcecountry": "Spain"},
                 {"url": "https://example.cz/a", "title": "x", "seendate": "bad", "domain": "Example.CZ",
                  "language": "Klingon", "sourcecountry": "Czech Republic"},
                 {"title": "no url"}
                ]}""";
        var articles = GdeltParser.parse(json.getBytes(UTF_8));
        assertThat(articles).hasSize(3);
        assertThat(articles.get(0)).isEqualTo(new GdeltArticle("https://www.theguardian.com/travel/2024/jan/15/marseille-food",
                "Marseille's food scene", Instant.parse("2024-01-15T16:30:00Z"), "theguardian.com", "en", "GB"));
        assertThat(articles.get(1).language()).isEqualTo("es");
        assertThat(articles.get(1).country()).isEqualTo("ES");
        assertThat(articles.get(2).seenAt()).isNull();
        assertThat(articles.get(2).language()).isNull();
        assertThat(articles.get(2).country()).isEqualTo("CZ");
        assertThat(articles.get(2).domain()).isEqualTo("example.cz");
    }

    @Test
    void languageAndCountryNamesOfTheTerritoryLanguages() {
        assertThat(GdeltNames.language("French")).isEqualTo("fr");
        assertThat(GdeltNames.language("Italian")).isEqualTo("it");
        assertThat(GdeltNames.language("German")).isEqualTo("de");
        assertThat(GdeltNames.country("France")).isEqualTo("FR");
        assertThat(GdeltNames.country("United States")).isEqualTo("US");
        assertThat(GdeltNames.country("Russia")).isEqualTo("RU");
        assertThat(GdeltNames.country("")).isNull();
    }

    @Test
    void emptyAnswersAreEmptyAndErrorTextIsReported() throws Exception {
        assertThat(GdeltParser.parse("{}".getBytes(UTF_8))).isEmpty();
        assertThat(GdeltParser.parse(new byte[0])).isEmpty();
        assertThatThrownBy(() -> GdeltParser.parse("The specified phrase is too short.\n".getBytes(UTF_8)))
                .isInstanceOf(GdeltParseException.class)
                .hasMessage("not a GDELT JSON answer: The specified phrase is too short.");
        assertThatThrownBy(() -> GdeltParser.parse("{\"articles\": [".getBytes(UTF_8)))
                .hasMessageStartingWith("malformed GDELT JSON");
    }
}
