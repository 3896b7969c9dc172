package io.vigie.enrich.eval.blind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sanity of the blind evaluation: the frozen set loads unaltered and every item goes through the
 * production enricher. The floors below are deliberately far under the measured figures (see
 * eval/blind/README.md) and were not tuned by anyone: they only catch a broken pipeline (an empty
 * lexicon, a step that stopped running), never a quality regression of a few points, which is what
 * the printed report is for.
 */
class BlindEvalTest {
    private static BlindSet set;
    private static BlindEvalReport report;

    @BeforeAll
    static void runOnce() {
        set = BlindSet.load();
        report = BlindEval.run();
    }

    @Test
    void frozenSetLoadsWithItsRecordedHash() {
        assertThat(set.sha256()).isEqualTo("fe917a87a5738be07f8f2cb86673f903fcd6e9bd5daa543ffb8c725565149ba6");
        assertThat(set.items()).hasSizeGreaterThanOrEqualTo(300);
        Map<String, Long> perLanguage = set.items().stream()
                .collect(Collectors.groupingBy(BlindItem::lang, Collectors.counting()));
        assertThat(perLanguage).containsOnlyKeys("fr", "en", "es", "it", "de");
        long relevant = set.items().stream().filter(BlindItem::relevant).count();
        assertThat(relevant).isBetween(150L, 200L);
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
        assertThat(report.sentimentOnRelevant().total()).isEqualTo((int) set.items().stream().filter(BlindItem::relevant).count());
        assertThat(report.format()).contains("RELEVANCE", "SENTIMENT", "PILLARS", "FRAME", "LANGUAGE", "confusion");
    }

    @Test
    void breakageFloorsWellBelowMeasuredQuality() {
        assertThat(report.languageAccuracyLongTexts()).isGreaterThanOrEqualTo(0.8);
        assertThat(report.relevance().f1()).isGreaterThanOrEqualTo(0.6);
        assertThat(report.sentimentOnRelevant().macroF1()).isGreaterThanOrEqualTo(0.3);
        assertThat(report.pillarsOnRelevant().microF1()).isGreaterThanOrEqualTo(0.4);
        assertThat(report.frameOnRelevant().accuracy()).isGreaterThanOrEqualTo(0.6);
    }
}
