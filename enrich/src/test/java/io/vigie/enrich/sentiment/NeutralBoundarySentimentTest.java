package io.vigie.enrich.sentiment;

import static io.vigie.enrich.sentiment.TerritorySentimentAnalyzerTest.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.model.Sentiment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The neutral/polar boundary (blind-set review of 2026-11-26), on wording of our own: procedures framed
 * by their headline, travel praise, decay without a crime word, German separable verbs.
 */
class NeutralBoundarySentimentTest {

    @BeforeAll
    static void load() {
        TerritorySentimentAnalyzerTest.load();
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Aubagne   | Procès de l'incendie d'Aubagne : les débats reprennent lundi | Trois prévenus sont jugés pour la mort de deux pompiers.
            en | Marseille | Marseille honours victims of the 1944 bombing at a ceremony | Wreaths were laid for the hundreds killed in the raid.
            es | Marsella  | El pleno de Marsella vota las cuentas del puerto | La oposición denunció un agujero de diez millones.
            it | Marsiglia | Marsiglia, il tribunale fissa la prima udienza sul crollo | Le famiglie delle vittime chiedono giustizia.
            de | Marseille | Mehr Polizei: Verstärkung für Marseille ab Montag | In der Stadt gab es zuletzt mehrere Schießereien.
            """)
    void aProceduralHeadlineFramesTheItemAsNeutral(String lang, String target, String title, String body) {
        assertThat(analyze(lang, title, body, target).label()).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void aPolarClauseBesideTheProcedureStillJudgesThePlace() {
        assertThat(analyze("fr", "Marseille, cinq ans après : les taudis de la ville sont toujours insalubres", null,
                "Marseille").label()).isEqualTo(Sentiment.NEGATIVE);
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Aix-en-Provence | Aix-en-Provence, escapade de charme : une ville incontournable au printemps
            en | Marseille       | Marseille tops our list of the best places for a city break
            es | Marsella        | Marsella enamora: una escapada imprescindible junto al mar
            it | Marsiglia       | Marsiglia incanta: il fascino di un porto da non perdere
            de | Marseille       | Die schönsten Ecken von Marseille: ein Paradies für Genießer
            """)
    void travelPraiseIsPositive(String lang, String target, String text) {
        assertThat(analyze(lang, null, text, target).label()).isEqualTo(Sentiment.POSITIVE);
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Martigues | À Martigues, le marché couvert tombe en ruine et le quartier se vide
            en | Marseille | Marseille's old covered market: derelict stalls and faded glory
            es | Marsella  | El deterioro del mercado de Marsella: fachadas desconchadas y abandono
            it | Marsiglia | Marsiglia, il degrado del mercato coperto: muri scrostati e abbandono
            de | Marseille | Marseille: Die alte Markthalle ist marode und verfällt
            """)
    void decayWithoutACrimeWordIsNegative(String lang, String target, String text) {
        assertThat(analyze(lang, null, text, target).label()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void germanSeparableVerbsCarryTheirMeaning() {
        assertThat(analyze("de", null, "Der Hafen von Marseille baut seine Kais für Kreuzfahrtschiffe aus.", "Marseille")
                .label()).isEqualTo(Sentiment.POSITIVE);
        assertThat(analyze("de", null, "Das Jazzfestival in Marseille sagt seine Sommerausgabe ab.", "Marseille")
                .label()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(analyze("de", null, "Die Straßenbahn in Marseille fällt am Montag aus.", "Marseille")
                .label()).isEqualTo(Sentiment.NEGATIVE);
    }
}
