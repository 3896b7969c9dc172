package io.vigie.enrich.eval.blind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sanity of the second blind evaluation: the frozen set loads unaltered and every item goes through
 * the production enricher. The floors are far below the figures of the first run (see
 * eval/blind2/README.md) and nobody tuned them: they catch a broken pipeline, not a regression of a
 * few points.
 */
class Blind2EvalTest {
    private static BlindSet set;
    private static BlindEvalReport report;

    @BeforeAll
    static void runOnce() {
        set = BlindSet.load(Blind2Eval.FOLDER);
        report = Blind2Eval.run();
    }

    @Test
    void frozenSetLoadsWithItsRecordedHash() {
        assertThat(set.sha256()).isEqualTo("34f83b6e3d6fb0a04ad1264257a0305064e2a6a8e58c4d4b0f9bb13350373e64");
        assertThat(set.resource()).isEqualTo("/eval/blind2/items.psv");
        assertThat(set.items()).hasSize(328);
        Map<String, Long> perLanguage = set.items().stream()
                .collect(Collectors.groupingBy(BlindItem::lang, Collectors.counting()));
        assertThat(perLanguage).containsOnlyKeys("fr", "en", "es", "it", "de");
        assertThat(set.items()).filteredOn(BlindItem::relevant).hasSize(187);
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
        assertThat(report.sentimentOnRelevant().total()).isEqualTo(187);
        assertThat(report.format()).startsWith("blind test set (eval/blind2/items.psv sha256 34f83b6e3d6f")
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
