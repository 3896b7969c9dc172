package io.vigie.enrich.sentiment;

import static io.vigie.enrich.sentiment.TerritorySentimentAnalyzerTest.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.model.Sentiment;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The error classes found on the first blind set, each tested on wording of our own in several languages:
 * news gains (hiring, openings, new routes, rankings), valence shifters, past vs present, commemorations,
 * strong events, misdetected languages and demonyms.
 */
class NewsPhenomenaSentimentTest {

    @BeforeAll
    static void load() {
        TerritorySentimentAnalyzerTest.load();
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Martigues  | Un équipementier recrute 300 techniciens à Martigues
            fr | Istres     | Une nouvelle ligne aérienne relie Istres à Lisbonne
            fr | Aubagne    | Aubagne décroche le label Ville fleurie et entre dans le top 10 régional
            en | Marseille  | Software firm hires 200 engineers in Marseille
            en | Marseille  | Marseille airport adds new routes to Lisbon and Porto
            es | Aubagne    | Una empresa contratará a 200 técnicos en Aubagne
            it | Aubagne    | Un'azienda assume duecento tecnici ad Aubagne
            de | Marseille  | Neue Verbindungen: Flughafen Marseille mit Passagierrekord
            """)
    void newsGainsArePositive(String lang, String target, String text) {
        assertThat(analyze(lang, null, text, target).label()).isEqualTo(Sentiment.POSITIVE);
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Vitrolles  | À Vitrolles, l'usine gèle son projet de décarbonation
            fr | Martigues  | Deux ans après la fermeture du site de Martigues, les emplois manquent
            en | Marseille  | Marseille shipping group reports lower profit
            es | Marsella   | El nuevo tranvía de Marsella acumula retrasos
            it | Marsiglia  | Il cantiere del porto di Marsiglia slitta ancora, nuovi ritardi
            de | Marseille  | Der Ausbau des Hafens von Marseille verzögert sich erneut
            """)
    void reversedGainsAndDelaysAreNegative(String lang, String target, String text) {
        assertThat(analyze(lang, null, text, target).label()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void aFallInSomethingBadIsGoodNews() {
        assertThat(analyze("fr", null, "Marseille : baisse du chômage dans les quartiers nord.", "Marseille").label())
                .isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void hostingACupIsNotACut() {
        assertThat(analyze("fr", null, "Le stade de Marseille accueillera la Coupe du monde de rugby.", "Marseille")
                .score()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void thePresentOutweighsThePast() {
        Sentiment s = analyze("de", "Marseille blüht auf",
                "Jahrzehntelang galt Marseille als Hauptstadt der Kriminalität. Heute melden die Hotels einen Rekord "
                        + "und die Altstadt zieht junge Unternehmen an.", "Marseille");
        assertThat(s.label()).isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void aCommemorationIsNotANewDisaster() {
        Sentiment marked = analyze("en", null, "Marseille marks ten years since the deadly fire on its ring road.",
                "Marseille");
        Sentiment event = analyze("en", null, "A deadly fire broke out on Marseille's ring road.", "Marseille");
        assertThat(event.label()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(Math.abs(marked.score())).isLessThan(Math.abs(event.score()));
    }

    @Test
    void aStrongEventIsNotDilutedByFlatSentences() {
        Sentiment s = analyze("en", "Three killed in shooting in Marseille",
                "The shooting happened on Tuesday evening. Police are at the scene. The prefect will speak on Wednesday.",
                "Marseille");
        assertThat(s.label()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(s.score()).isLessThan(-0.3);
    }

    @Test
    void anUnsupportedLanguageCodeFallsBackToTheClosestVocabulary() {
        Sentiment s = analyze("und", null, "Un'azienda assume duecento tecnici ad Aubagne", "Aubagne");
        assertThat(s.label()).isEqualTo(Sentiment.POSITIVE);
        assertThat(s.evidence()).anyMatch(e -> e.contains("read as 'it'"));
        assertThat(LanguageFallback.guess("Die Stadt wird zum Labor für den Wasserstoff",
                LexiconLoader.loadAll(0.7))).contains("de");
        assertThat(LanguageFallback.guess("马赛港口", LexiconLoader.loadAll(0.7))).isEmpty();
    }

    @Test
    void demonymsAreTargetsButTheAnthemIsNot() {
        String text = "La politique marseillaise critiquée ; l'armateur marseillais et les Marseillais chantent la Marseillaise.";
        List<TargetSpan> spans = DemonymFinder.find(text);
        assertThat(spans).extracting(t -> text.substring(t.start(), t.end()))
                .containsExactly("marseillaise", "marseillais", "Marseillais");
        assertThat(DemonymFinder.find("Il Marsigliese e la Marsigliese")).isEmpty();
        assertThat(DemonymFinder.find("der Marseiller Hafen")).hasSize(1);
        List<TargetSpan> merged = DemonymFinder.withDemonyms("Marseillais", List.of(new TargetSpan(0, 11, false)));
        assertThat(merged).hasSize(1);
    }
}
