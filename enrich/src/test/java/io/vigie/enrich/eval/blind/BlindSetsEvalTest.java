package io.vigie.enrich.eval.blind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sanity of the blind evaluations: each frozen set loads unaltered and every item goes through the
 * production enricher. The floors are deliberately far under the measured figures (see each set's
 * README) and nobody tuned them: they catch a broken pipeline (an empty lexicon, a step that stopped
 * running), never a regression of a few points, which is what the printed reports are for. A failure
 * here must not lead anyone to change a label.
 */
class BlindSetsEvalTest {
    private static final Map<String, BlindEvalReport> REPORTS = new ConcurrentHashMap<>();

    private static BlindEvalReport report(String folder) {
        return REPORTS.computeIfAbsent(folder, BlindEval::run);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "blind,  fe917a87a5738be07f8f2cb86673f903fcd6e9bd5daa543ffb8c725565149ba6, 335, 186",
            "blind2, 34f83b6e3d6fb0a04ad1264257a0305064e2a6a8e58c4d4b0f9bb13350373e64, 328, 187",
            "blind3, b06838d6d29c8c00db75cf6d8e37d31ca9f2ef2dff6106a1fc5bf32341879059, 328, 186",
            "blind4, 6bb5836fc93dd69822ccbc8d4d84912ece952c3b31323e655dbbd5281e4b612f, 328, 188",
            "blind5, faa4e846721385157ce76ae311ff8c395f5bb782c399da09755c76620b998597, 326, 186"})
    void frozenSetLoadsAndEveryItemIsEnrichedAndScored(String folder, String sha256, int items, int relevant) {
        BlindSet set = BlindSet.load(folder);
        assertThat(set.sha256()).isEqualTo(sha256);
        assertThat(set.resource()).isEqualTo("/eval/" + folder + "/items.psv");
        assertThat(set.items()).hasSize(items);
        Map<String, Long> perLanguage = set.items().stream()
                .collect(Collectors.groupingBy(BlindItem::lang, Collectors.counting()));
        assertThat(perLanguage).containsOnlyKeys("fr", "en", "es", "it", "de");
        assertThat(set.items()).filteredOn(BlindItem::relevant).hasSize(relevant);
        assertThat(set.items()).filteredOn(i -> !i.relevant())
                .allSatisfy(i -> {
                    assertThat(i.sentiment()).isEqualTo("neutral");
                    assertThat(i.frame()).isEqualTo("none");
                    assertThat(i.pillars()).isEmpty();
                });

        BlindEvalReport report = report(folder);
        assertThat(report.evaluated()).isEqualTo(items);
        assertThat(report.failures()).isZero();
        assertThat(report.relevance().total()).isEqualTo(items);
        assertThat(report.sentimentOnRelevant().total()).isEqualTo(relevant);
        assertThat(report.format()).startsWith("blind test set (eval/" + folder + "/items.psv sha256 "
                + sha256.substring(0, 12)).contains("RELEVANCE", "SENTIMENT", "PILLARS", "FRAME", "LANGUAGE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"blind", "blind2", "blind3", "blind4", "blind5"})
    void breakageFloorsWellBelowMeasuredQuality(String folder) {
        BlindEvalReport report = report(folder);
        assertThat(report.languageAccuracyLongTexts()).isGreaterThanOrEqualTo(0.8);
        assertThat(report.relevance().f1()).isGreaterThanOrEqualTo(0.6);
        assertThat(report.sentimentOnRelevant().macroF1()).isGreaterThanOrEqualTo(0.3);
        assertThat(report.pillarsOnRelevant().microF1()).isGreaterThanOrEqualTo(0.4);
        assertThat(report.frameOnRelevant().accuracy()).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void folderNameIsValidatedAndMissingSetIsNamed() {
        assertThatThrownBy(() -> BlindSet.load("../blind"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../blind");
        assertThatThrownBy(() -> BlindSet.load("no-such-set"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/eval/no-such-set/items.psv");
    }
}
