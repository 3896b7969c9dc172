package io.vigie.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Guards against regressions of the detector on the seed set (figures in the eval README). */
class LanguageEvalTest {

    @Test
    void seedSetIsBalancedAcrossFiveLanguages() {
        Map<String, Long> perLanguage = LanguageEvalSet.seed().stream()
                .collect(Collectors.groupingBy(LabeledText::label, Collectors.counting()));

        assertThat(perLanguage).containsOnlyKeys("fr", "en", "es", "it", "de").allSatisfy((k, v) -> assertThat(v).isEqualTo(20));
    }

    @Test
    void hintsMakeShortHeadlinesReliable() {
        List<LanguageEvalReport> reports = LanguageEval.run();

        LanguageEvalReport modelOnly = reports.get(0);
        LanguageEvalReport withHints = reports.get(1);
        assertThat(modelOnly.total()).isEqualTo(100);
        assertThat(modelOnly.accuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(withHints.accuracy()).isGreaterThan(modelOnly.accuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(withHints.accuracyByLanguage()).allSatisfy((language, accuracy) -> assertThat(accuracy).isGreaterThanOrEqualTo(0.9));
        assertThat(withHints.format()).contains("confusion").contains("fr").contains("accuracy");
    }

    @Test
    void leadsOfTwentyWordsOrMoreAreBalancedAndRecognisedByTheModelAlone() {
        List<LabeledText> leads = LanguageEvalSet.leads();
        assertThat(leads).hasSizeGreaterThanOrEqualTo(100)
                .allSatisfy(t -> assertThat(t.text().split("\\s+").length).isBetween(20, 60));
        assertThat(leads.stream().collect(Collectors.groupingBy(LabeledText::label, Collectors.counting())))
                .containsOnlyKeys("fr", "en", "es", "it", "de");

        LanguageEvalReport report = LanguageEval.run().get(2);

        assertThat(report.total()).isEqualTo(leads.size());
        assertThat(report.accuracy()).isGreaterThanOrEqualTo(0.99);
    }
}
