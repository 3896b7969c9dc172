package io.vigie.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.model.Sentiment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetSentimentModelTest {

    @Test
    void trainerLearnsASeparableProblemAndTheModelSurvivesAWriteAndRead(@TempDir Path dir) throws Exception {
        List<Map<String, Double>> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            x.add(Map.of("u:bad", 1.0, "u:the", 1.0));
            y.add(TargetSentimentModel.NEG);
            x.add(Map.of("u:said", 1.0, "u:the", 1.0));
            y.add(TargetSentimentModel.NEU);
            x.add(Map.of("u:good", 1.0, "u:the", 1.0));
            y.add(TargetSentimentModel.POS);
        }
        TargetSentimentModel model = new LogisticRegressionTrainer(1e-4, 5, 2, 1)
                .train(x, y.stream().mapToInt(Integer::intValue).toArray());
        assertThat(PortrayalDecision.argmax(model.probabilities(Map.of("u:bad", 1.0)))).isEqualTo(TargetSentimentModel.NEG);
        assertThat(PortrayalDecision.argmax(model.probabilities(Map.of("u:said", 1.0)))).isEqualTo(TargetSentimentModel.NEU);
        assertThat(PortrayalDecision.argmax(model.probabilities(Map.of("u:good", 1.0)))).isEqualTo(TargetSentimentModel.POS);

        Path file = dir.resolve("m.tsv.gz");
        model.write(file);
        assertThat(Files.size(file)).isPositive();
        double[] p = model.probabilities(Map.of("u:good", 1.0));
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void trainerRejectsBadSettingsNamingThem() {
        assertThatThrownBy(() -> new LogisticRegressionTrainer(-1, 5, 2, 1)).hasMessageContaining("l2");
        assertThatThrownBy(() -> new LogisticRegressionTrainer(0, 0, 2, 1)).hasMessageContaining("epochs");
        assertThatThrownBy(() -> SentimentTraining.classOf("mixed")).hasMessageContaining("mixed");
    }

    @Test
    void shippedEnglishModelLoads() {
        assertThat(TargetSentimentModel.load(SentimentTraining.RESOURCE)).hasValueSatisfying(m ->
                assertThat(m.size()).isGreaterThan(1000));
        assertThat(TargetSentimentModel.load("/sentiment/model/none.tsv.gz")).isEmpty();
    }

    @Test
    void modelCompoundAgreesWithTheMostLikelyClass() {
        double band = 0.12;
        assertThat(TerritorySentimentAnalyzer.modelCompound(new double[]{0.35, 0.25, 0.40}, band)).isGreaterThanOrEqualTo(band);
        assertThat(TerritorySentimentAnalyzer.modelCompound(new double[]{0.45, 0.40, 0.15}, band)).isLessThanOrEqualTo(-band);
        assertThat(Math.abs(TerritorySentimentAnalyzer.modelCompound(new double[]{0.05, 0.50, 0.45}, band))).isLessThan(band);
    }

    @Test
    void theModelReadsWhichTargetASentenceIsAbout() {
        TerritorySentimentAnalyzer analyzer = TerritorySentimentAnalyzer.withDefaults();
        String text = "Opponents accused Smith of lying to voters, while Jones was praised for her honesty.";
        Sentiment smith = analyzer.analyze(new SentimentInput("en", null, text,
                List.of(new TargetSpan(text.indexOf("Smith"), text.indexOf("Smith") + 5, false)), true));
        Sentiment jones = analyzer.analyze(new SentimentInput("en", null, text,
                List.of(new TargetSpan(text.indexOf("Jones"), text.indexOf("Jones") + 5, false)), true));
        assertThat(smith.score()).isLessThan(jones.score());
        assertThat(smith.evidence().get(0)).contains("model");
    }

    @Test
    void modelWeightZeroIsTheRulesAlone() {
        SentimentSettings d = SentimentSettings.defaults();
        SentimentSettings rulesOnly = new SentimentSettings(d.generalWeight(), d.alpha(), d.negationScalar(),
                d.quoteWeight(), d.hedgeFactor(), d.questionFactor(), d.contrastBefore(), d.contrastAfter(),
                d.concessionWeight(), d.offTargetClauseWeight(), d.neighbourWeight(), d.titleWeight(), d.listedFactor(),
                d.passingFactor(), d.positiveThreshold(), d.negativeThreshold(), 0);
        String text = "Opponents accused Smith of lying to voters.";
        SentimentInput in = new SentimentInput("en", null, text, List.of(new TargetSpan(18, 23, false)), true);
        assertThat(TerritorySentimentAnalyzer.of(rulesOnly).analyze(in).score())
                .isEqualTo(TerritorySentimentAnalyzer.lexicalOnly(d).analyze(in).score());
        assertThatThrownBy(() -> new SentimentSettings(d.generalWeight(), d.alpha(), d.negationScalar(),
                d.quoteWeight(), d.hedgeFactor(), d.questionFactor(), d.contrastBefore(), d.contrastAfter(),
                d.concessionWeight(), d.offTargetClauseWeight(), d.neighbourWeight(), d.titleWeight(), d.listedFactor(),
                d.passingFactor(), d.positiveThreshold(), d.negativeThreshold(), 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("modelWeight");
    }
}
