package io.vigie.enrich.eval.blind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sanity of the third blind evaluation: the frozen set loads unaltered and every item goes through
 * the production enricher. The floors are those of Blind2EvalTest, fixed before this set was ever
 * run (see eval/blind3/README.md) and never tuned: they catch a broken pipeline, not a regression of
 * a few points. A failure here must not lead anyone to read the items or change a label.
 */
class Blind3EvalTest {
    private static BlindSet set;
    private static BlindEvalReport report;

    @BeforeAll
    static void runOnce() {
        set = BlindSet.load(Blind3Eval.FOLDER);
        report = Blind3Eval.run();
    }

    @Test
    void frozenSetLoadsWithItsRecordedHash() {
        assertThat(set.sha256()).isEqualTo("b06838d6d29c8c00db75cf6d8e37d31ca9f2ef2dff6106a1fc5bf32341879059");
        assertThat(set.resource()).isEqualTo("/eval/blind3/items.psv");
        assertThat(set.items()).hasSize(328);
        Map<String, Long> perLanguage = set.items().stream()
                .collect(Collectors.groupingBy(BlindItem::lang, Collectors.counting()));
        assertThat(perLanguage).containsOnlyKeys("fr", "en", "es", "it", "de");
        assertThat(set.items()).filteredOn(BlindItem::relevant).hasSize(186);
        assertThat(set.items()).filteredOn(i -> !i.relevant())
                .allSatisfy(i -> {
                    assertThat(i.sentiment()).isEqualTo("neutral");
                    assertThat(i.frame()).isEqualTo("none");
                    assertThat(i.pillars()).isEmpty();
                });
    }

    @Test
    void everyItemIsEnrichedAndScored() {
        assertThat(report.evaluated()).isEqualTo(set.items().size());
        assertThat(report.failures()).isZero();
        assertThat(report.relevance().total()).isEqualTo(set.items().size());
        assertThat(report.sentimentOnRelevant().total()).isEqualTo(186);
        assertThat(report.format()).startsWith("blind test set (eval/blind3/items.psv sha256 b06838d6d29c")
                .contains("RELEVANCE", "SENTIMENT", "PILLARS", "FRAME", "LANGUAGE");
    }

    @Test
    void breakageFloorsWellBelowMeasuredQuality() {
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
