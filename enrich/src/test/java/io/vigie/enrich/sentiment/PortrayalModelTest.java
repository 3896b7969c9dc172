package io.vigie.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.enrich.territory.TerritoryRecognizer;
import io.vigie.model.Sentiment;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortrayalModelTest {

    @Test
    void theShippedModelIsWhatTheTrainerProducesFromTheTrainingFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("portrayal.tsv.gz");
        PortrayalTraining.trainDefault().write(file);
        byte[] retrained;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            retrained = in.readAllBytes();
        }
        byte[] shipped;
        try (InputStream in = new GZIPInputStream(PortrayalModel.class.getResourceAsStream(PortrayalModel.RESOURCE))) {
            shipped = in.readAllBytes();
        }
        assertThat(shipped).as("re-run PortrayalTraining after changing its data or features").isEqualTo(retrained);
    }

    @Test
    void theAnalyzerTurnsPraiseWithoutARuleCuePositiveAndSaysWhy() {
        TerritorySentimentAnalyzer full = TerritorySentimentAnalyzer.withDefaults();
        TerritoryRecognizer recognizer = TerritoryRecognizer.withDefaults();
        SentimentInput travel = PortrayalTraining.input(recognizer, new PortrayalTrainingSet.Item("t", "test", "it",
                "Marsiglia, weekend tra calanchi e Vieux-Port",
                "Vicoli del Panier, terrazze al sole e bagni nelle calette: la città si scopre a piedi.", "positive"));
        assertThat(full.withoutPortrayal().analyze(travel).label()).isEqualTo(Sentiment.NEUTRAL);
        Sentiment s = full.analyze(travel);
        assertThat(s.label()).isEqualTo(Sentiment.POSITIVE);
        assertThat(s.score()).isGreaterThanOrEqualTo(0.12);
        assertThat(s.evidence()).anyMatch(e -> e.startsWith("portrayal model: positive"));
    }

    @Test
    void procedureStaysNeutralAndPassingMentionsAreLeftToTheRules() {
        TerritorySentimentAnalyzer full = TerritorySentimentAnalyzer.withDefaults();
        TerritoryRecognizer recognizer = TerritoryRecognizer.withDefaults();
        SentimentInput council = PortrayalTraining.input(recognizer, new PortrayalTrainingSet.Item("c", "test", "fr",
                "Le conseil municipal de Marseille se réunit lundi",
                "L'ordre du jour comprend le budget annexe et la désignation de représentants.", "neutral"));
        assertThat(full.analyze(council).label()).isEqualTo(Sentiment.NEUTRAL);
        // the model alone reads this as negative ("Behörden" is frequent in crime stories): it may not say so
        SentimentInput authorities = PortrayalTraining.input(recognizer, new PortrayalTrainingSet.Item("a", "test", "de",
                null, "Die Behörden von Marseille tagen im Rat.", "neutral"));
        assertThat(PortrayalModel.loadDefault().orElseThrow().probabilities("de", null,
                "Die Behörden von Marseille tagen im Rat.", null)[TargetSentimentModel.NEG]).isGreaterThan(0.7);
        assertThat(full.analyze(authorities).label()).isEqualTo(Sentiment.NEUTRAL);
        SentimentInput passing = new SentimentInput("it", "Marsiglia, weekend tra calanchi e Vieux-Port",
                "Vicoli del Panier, terrazze al sole e bagni nelle calette: la città si scopre a piedi.",
                travelTargets(), false);
        assertThat(full.analyze(passing).evidence()).noneMatch(e -> e.startsWith("portrayal model"));
    }

    private static java.util.List<TargetSpan> travelTargets() {
        return java.util.List.of(new TargetSpan(0, "Marsiglia".length(), false));
    }

    @Test
    void rejectsAProbabilityOutsideTheUnitInterval() {
        TargetSentimentModel m = new TargetSentimentModel(java.util.Map.of(), new double[3]);
        assertThatThrownBy(() -> new PortrayalModel(m, false, 1.5, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minProbability");
        assertThat(PortrayalModel.loadDefault()).isPresent();
    }
}
