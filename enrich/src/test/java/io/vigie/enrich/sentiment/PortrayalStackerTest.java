package io.vigie.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.enrich.territory.TerritoryRecognizer;
import io.vigie.model.Sentiment;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortrayalStackerTest {
    private static final TerritorySentimentAnalyzer FULL = TerritorySentimentAnalyzer.withDefaults();
    private static final TerritoryRecognizer RECOGNIZER = TerritoryRecognizer.withDefaults();

    @Test
    void theShippedStackerIsWhatTheTrainerProducesFromTheTrainingFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("portrayal-stack.tsv.gz");
        PortrayalTraining.trainDefaultStacker().model().write(file);
        byte[] retrained;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            retrained = in.readAllBytes();
        }
        byte[] shipped;
        try (InputStream in = new GZIPInputStream(PortrayalStacker.class.getResourceAsStream(PortrayalStacker.RESOURCE))) {
            shipped = in.readAllBytes();
        }
        assertThat(shipped).as("re-run PortrayalTraining after changing its data, features or the rules").isEqualTo(retrained);
    }

    @Test
    void aHeadlinedFactualItemWithoutANegativeCueIsNotTurnedNegative() {
        for (String body : new String[]{"Auf der Tagesordnung stehen der Haushalt und die Wahl der Vertreter.",
                "Die Polizei und die Staatsanwaltschaft berichten.", "Die Sitzung ist öffentlich."}) {
            assertThat(analyze("de", "Die Behörden von Marseille tagen im Rat", body).label()).as(body)
                    .isEqualTo(Sentiment.NEUTRAL);
        }
    }

    @Test
    void theStackerNeverReversesTheRulesPolarity() {
        // a bag of words reads "dangereuse" as negative whatever the negation before it
        Sentiment s = analyze("fr", "Marseille n'est pas dangereuse, selon une étude",
                "Les chercheurs ont comparé les statistiques de dix grandes villes.");
        assertThat(FULL.withoutPortrayal().analyze(input("fr", "Marseille n'est pas dangereuse, selon une étude",
                "Les chercheurs ont comparé les statistiques de dix grandes villes.")).label()).isNotEqualTo(Sentiment.NEGATIVE);
        assertThat(s.label()).isNotEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void aTrialHeadlineOverADeadlyEventStaysNeutral() {
        Sentiment s = analyze("en", "Trial opens in Marseille over the 2018 building collapse",
                "Eight people died when two buildings on rue d'Aubagne collapsed; sixteen defendants face the court.");
        assertThat(s.label()).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void withoutAHeadlineTheThresholdsDecide() {
        TargetSentimentModel text = PortrayalModel.loadDefault().orElseThrow().model();
        // a stacker that always says positive, with certainty
        PortrayalStacker always = new PortrayalStacker(new TargetSentimentModel(Map.of(), new double[]{-50, -50, 50}));
        TerritorySentimentAnalyzer rigged = FULL.withPortrayal(new PortrayalModel(text, always));
        String lead = "Le conseil municipal de Marseille se réunit lundi pour voter le budget annexe.";
        assertThat(rigged.analyze(input("fr", null, lead)).label()).isEqualTo(Sentiment.NEUTRAL);
        Sentiment titled = rigged.analyze(input("fr", "Conseil municipal", lead));
        assertThat(titled.label()).isEqualTo(Sentiment.POSITIVE);
        assertThat(titled.evidence()).anyMatch(e -> e.startsWith("portrayal model: positive (stacker p=1.00)"));
    }

    @Test
    void featuresReadTheRulesSignalsAndTheTextModel() {
        RuleSignals r = new RuleSignals(Sentiment.NEUTRAL, 0.05, -0.2, true, 2, 1, 0, 0, false);
        Map<String, Double> f = PortrayalStacker.features("fr", "Procès à Marseille", "« Le 12 mars 2024 », dit-il.",
                r, new double[]{0.2, 0.5, 0.3});
        assertThat(f).containsEntry("r:procHead", 1.0).containsEntry("r:label:neutral", 1.0)
                .containsEntry("m:neu", 0.5).containsEntry("t:quotes", 1.0).containsEntry("lang:fr", 1.0);
        assertThat(f.get("t:numbers")).isGreaterThan(0);
        assertThat(f.values()).allMatch(v -> v >= -1 && v <= 1);
    }

    @Test
    void rejectsAPolicyProbabilityOutsideTheUnitInterval() {
        assertThatThrownBy(() -> new PortrayalStacker.Policy(1.2, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minProbability");
        assertThat(PortrayalStacker.loadDefault()).isPresent();
    }

    private static Sentiment analyze(String lang, String title, String body) {
        return FULL.analyze(input(lang, title, body));
    }

    private static SentimentInput input(String lang, String title, String body) {
        return PortrayalTraining.input(RECOGNIZER, new PortrayalTrainingSet.Item("x", "test", lang, title, body, "neutral"));
    }
}
