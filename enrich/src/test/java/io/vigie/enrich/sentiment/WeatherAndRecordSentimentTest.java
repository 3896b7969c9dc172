package io.vigie.enrich.sentiment;

import static io.vigie.enrich.sentiment.TerritorySentimentAnalyzerTest.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Environmental events are bad news for the place; "record" is good or bad depending on what it measures. */
class WeatherAndRecordSentimentTest {

    @BeforeAll
    static void load() {
        TerritorySentimentAnalyzerTest.load();
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            es | Aix-en-Provence | La ola de calor golpea la Provenza: 41 grados en Aix-en-Provence. Las autoridades piden prudencia.
            en | Marseille       | Record heat in Marseille: 41 degrees. Authorities urge caution.
            fr | Marseille       | Canicule : 41 degrés à Marseille, un record. La préfecture déclenche le plan canicule.
            it | Marsiglia       | Marsiglia, caldo record: 41 gradi. Le autorità invitano alla prudenza.
            de | Marseille       | Rekordhitze in Marseille: 41 Grad. Die Behörden rufen zur Vorsicht auf.
            fr | Marseille       | Des feux de forêt menacent les collines de Marseille.
            es | Marsella        | La sequía obliga a restringir el agua en Marsella.
            it | Marsiglia       | Siccità a Marsiglia, razionata l'acqua.
            de | Marseille       | Waldbrände bedrohen die Hügel von Marseille.
            en | Marseille       | A heatwave and a drought hit Marseille.
            """)
    void heatFireDroughtAreNegative(String lang, String target, String text) {
        assertThat(analyze(lang, null, text, target).label()).isEqualTo("negative");
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Marseille | Marseille : investissement record pour le port.
            en | Marseille | Marseille port announces record investment.
            it | Marsiglia | Investimento record per il porto di Marsiglia.
            """)
    void recordInvestmentIsPositive(String lang, String target, String text) {
        assertThat(analyze(lang, null, text, target).label()).isEqualTo("positive");
    }

    @Test
    void emoticonEntriesDoNotMakeFrenchElisionsPositive() {
        // "d-:" in a general lexicon once made every "d'" a positive word
        assertThat(analyze("fr", "Marseille : le marché aux puces change d'horaires",
                "Le marché ouvrira désormais à 7 heures le dimanche, a annoncé la mairie.", "Marseille").label())
                .isEqualTo("neutral");
        assertThat(LexiconLoader.load("fr", 0.7).match(java.util.List.of("d"), 0)).isNull();
    }

    @Test
    void neutralAdministrativeVocabularyStaysNeutral() {
        assertThat(analyze("es", null, "Las autoridades de Marsella celebran un consejo sobre el mercado.", "Marsella")
                .label()).isEqualTo("neutral");
        assertThat(analyze("de", null, "Die Behörden von Marseille tagen im Rat.", "Marseille").label())
                .isEqualTo("neutral");
    }
}
