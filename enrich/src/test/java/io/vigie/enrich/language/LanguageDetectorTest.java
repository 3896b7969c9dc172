package io.vigie.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.model.LanguageGuess;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    private static final LanguageDetector DETECTOR = LanguageDetector.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | La ville de Marseille a annoncé mardi un vaste plan de rénovation des écoles, qui doit s'étaler sur dix ans et concerner près de deux cents établissements du premier degré.
            en | The city of Marseille announced on Tuesday a vast plan to renovate its schools, which is expected to take ten years and to cover nearly two hundred primary schools.
            es | El ayuntamiento de Marsella anunció el martes un amplio plan de renovación de las escuelas, que durará diez años y afectará a casi doscientos colegios de primaria.
            it | Il comune di Marsiglia ha annunciato martedì un vasto piano di ristrutturazione delle scuole, che durerà dieci anni e riguarderà quasi duecento istituti elementari.
            de | Die Stadt Marseille hat am Dienstag einen umfassenden Plan zur Renovierung der Schulen angekündigt, der zehn Jahre dauern und fast zweihundert Grundschulen betreffen soll.
            """)
    void longTextsAreDecidedByTheModelAlone(String expected, String text) {
        LanguageGuess guess = DETECTOR.detect(text, List.of());

        assertThat(guess.code()).isEqualTo(expected);
        assertThat(guess.method()).isEqualTo(LanguageDetector.METHOD_MODEL);
        assertThat(guess.confidence()).isGreaterThanOrEqualTo(0.3).isLessThanOrEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Incendie dans le massif de l'Étoile
            en | Heavy rain floods streets in southern France
            es | La escena de rap marsellesa conquista Europa
            it | Aix-en-Provence, sulle tracce di Cézanne tra mercati e fontane
            de | Hafen von Marseille baut aus
            """)
    void shortTextsFollowAMatchingHintInTheirRegionalForm(String expected, String text) {
        LanguageGuess guess = DETECTOR.detect(text, List.of(expected.toUpperCase() + "-" + expected.toUpperCase()));

        assertThat(guess.code()).isEqualTo(expected);
        assertThat(guess.method()).isIn(LanguageDetector.METHOD_MODEL_AND_HINT, LanguageDetector.METHOD_HINT);
    }

    @Test
    void aLongTextOverridesAWrongPageDeclaration() {
        String english = "Wildfire near Marseille forces the evacuation of hundreds of residents as strong winds "
                + "push the flames towards the northern districts, the regional fire service said on Sunday.";

        LanguageGuess guess = DETECTOR.detect(english, List.of("fr-FR"));

        assertThat(guess.code()).isEqualTo("en");
        assertThat(guess.method()).isEqualTo(LanguageDetector.METHOD_MODEL);
    }

    @Test
    void agreementOfModelAndHintIsRecorded() {
        String french = "Le port de Marseille-Fos enregistre une hausse de huit pour cent de son trafic de conteneurs "
                + "au troisième trimestre, portée par les lignes vers l'Asie et l'Afrique du Nord.";

        LanguageGuess guess = DETECTOR.detect(french, List.of("fr"));

        assertThat(guess).extracting(LanguageGuess::code, LanguageGuess::method)
                .containsExactly("fr", LanguageDetector.METHOD_MODEL_AND_HINT);
    }

    @Test
    void textWithoutLettersFallsBackOnTheHintOrIsUndetermined() {
        assertThat(DETECTOR.detect("  2026 — 12:30 !! ", List.of("it-IT")))
                .isEqualTo(new LanguageGuess("it", LanguageDetector.HINT_ONLY_CONFIDENCE, LanguageDetector.METHOD_HINT));
        assertThat(DETECTOR.detect(null, List.of()))
                .isEqualTo(new LanguageGuess(LanguageGuess.UNDETERMINED, 0.0, LanguageDetector.METHOD_NONE));
    }

    @Test
    void unreadableHintsAreIgnored() {
        String german = "Die Stadt Marseille hat am Dienstag einen umfassenden Plan zur Renovierung der Schulen angekündigt.";

        LanguageGuess guess = DETECTOR.detect(german, java.util.Arrays.asList("xx-YY", "", null, "klingon"));

        assertThat(guess.code()).isEqualTo("de");
        assertThat(guess.method()).isEqualTo(LanguageDetector.METHOD_MODEL);
    }

    @Test
    void onlyTheBoundedPrefixIsRead() {
        String french = "Les habitants de Marseille se mobilisent pour la rénovation des écoles du centre-ville. ";
        String text = french.repeat(30) + "The rest of this page is a very long English comment section. ".repeat(500);

        assertThat(DETECTOR.detect(text, List.of()).code()).isEqualTo("fr");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<String[]> cases = List.of(
                new String[] {"fr", "La ville de Marseille a annoncé mardi un vaste plan de rénovation des écoles publiques."},
                new String[] {"de", "Die Stadt Marseille hat am Dienstag einen umfassenden Plan zur Renovierung der Schulen angekündigt."},
                new String[] {"es", "El ayuntamiento de Marsella anunció el martes un amplio plan de renovación de las escuelas."});
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String[] c = cases.get(i % cases.size());
                results.add(pool.submit(() -> DETECTOR.detect(c[1], List.of()).code().equals(c[0])));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
