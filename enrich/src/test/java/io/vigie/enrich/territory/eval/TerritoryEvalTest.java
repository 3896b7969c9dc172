package io.vigie.enrich.territory.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.enrich.eval.blind.BlindItem;
import io.vigie.enrich.eval.blind.BlindSet;
import io.vigie.enrich.territory.TerritoryRecognizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryEvalTest {

    @Test
    void setsAreLargeBalancedAndMultilingual() {
        List<LabeledArticle> dev = TerritoryEvalSet.fromClasspath(TerritoryEvalSet.DEV);
        List<LabeledArticle> test = TerritoryEvalSet.fromClasspath(TerritoryEvalSet.TEST);
        assertThat(dev.size() + test.size()).isGreaterThanOrEqualTo(150);
        for (List<LabeledArticle> set : List.of(dev, test)) {
            long relevant = set.stream().filter(LabeledArticle::relevant).count();
            assertThat((double) relevant / set.size()).isBetween(0.4, 0.6);
            assertThat(set).extracting(LabeledArticle::language).contains("fr", "en", "es", "it", "de");
        }
    }

    /**
     * Floors set a little below the measured figures (test: P=R=F1=1.000 on 83 items, before and after the
     * blind-dev tuning of 2026-11-26), so one or two regressions fail.
     */
    @Test
    void heldOutTestSplitStaysAboveFloor() {
        List<TerritoryEvalReport> reports = TerritoryEval.run();
        TerritoryEvalReport test = reports.get(1);
        assertThat(test.overall().total()).isEqualTo(83);
        assertThat(test.overall().f1()).as(test.format()).isGreaterThanOrEqualTo(0.97);
        assertThat(test.overall().precision()).as(test.format()).isGreaterThanOrEqualTo(0.97);
        assertThat(test.overall().accuracy()).as(test.format()).isGreaterThanOrEqualTo(0.97);
        assertThat(reports.get(0).overall().f1()).as(reports.get(0).format()).isGreaterThanOrEqualTo(0.97);
    }

    /**
     * The first blind set (eval/blind) became a dev set for relevance once its errors were read: this is a
     * regression floor, not a measure of generalisation (eval/blind2 measures that). Measured P=R=1.000 on
     * 335 items with the recognizer alone, given text as ingest assembles it and no language hint.
     */
    @Test
    void blindDevRelevanceStaysAboveFloor() {
        TerritoryRecognizer recognizer = TerritoryRecognizer.withDefaults();
        TerritoryEvalReport.Counts counts = new TerritoryEvalReport.Counts(0, 0, 0, 0);
        StringBuilder errors = new StringBuilder();
        for (BlindItem item : BlindSet.load().items()) {
            String text = item.lead().isEmpty() ? item.title() : item.title() + "\n\n" + item.lead();
            boolean predicted = recognizer.annotate(item.title(), text, null, null).relevant();
            counts = counts.add(item.relevant(), predicted);
            if (predicted != item.relevant()) {
                errors.append(item.id()).append(' ').append(item.title()).append('\n');
            }
        }
        assertThat(counts.total()).isEqualTo(335);
        assertThat(counts.precision()).as(errors.toString()).isGreaterThanOrEqualTo(0.97);
        assertThat(counts.recall()).as(errors.toString()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void headlineSetsAreBareMultilingualAndTheCheckSplitIsFrozen() throws Exception {
        List<LabeledArticle> dev = TerritoryEvalSet.fromClasspath(TerritoryEvalSet.HEADLINES_DEV);
        List<LabeledArticle> check = TerritoryEvalSet.fromClasspath(TerritoryEvalSet.HEADLINES_CHECK);
        assertThat(dev).hasSizeGreaterThanOrEqualTo(150);
        assertThat(check).hasSizeGreaterThanOrEqualTo(70);
        for (List<LabeledArticle> set : List.of(dev, check)) {
            assertThat(set).allSatisfy(item -> assertThat(item.text()).isEmpty());
            assertThat(set).extracting(LabeledArticle::language).contains("fr", "en", "es", "it", "de");
            long relevant = set.stream().filter(LabeledArticle::relevant).count();
            assertThat((double) relevant / set.size()).isBetween(0.4, 0.6);
        }
        byte[] data;
        try (java.io.InputStream in = getClass().getResourceAsStream(TerritoryEvalSet.HEADLINES_CHECK)) {
            data = in.readAllBytes();
        }
        String frozen;
        try (java.io.InputStream in = getClass().getResourceAsStream("/eval/territory/headlines-check.sha256")) {
            frozen = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip().split("\\s+")[0];
        }
        String actual = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        assertThat(actual).as("headlines-check.tsv was edited after freezing").isEqualTo(frozen);
    }

    /**
     * Regression floor on the bare-headline dev split, which the headline rules were tuned on (measured P 0.986
     * R 0.972 on 153 items, from P 0.775 R 0.958 before): not a measure of generalisation.
     */
    @Test
    void headlinesDevStaysAboveFloor() {
        TerritoryEvalReport dev = TerritoryEval.runDev().get(1);
        assertThat(dev.overall().total()).isEqualTo(153);
        assertThat(dev.overall().precision()).as(dev.format()).isGreaterThanOrEqualTo(0.95);
        assertThat(dev.overall().recall()).as(dev.format()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void metricsAreComputedFromCounts() {
        TerritoryEvalReport.Counts c = new TerritoryEvalReport.Counts(8, 2, 9, 1);
        assertThat(c.precision()).isEqualTo(0.8);
        assertThat(c.recall()).isCloseTo(8 / 9.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.accuracy()).isEqualTo(17 / 20.0);
    }

    @Test
    void missingSetIsAClearError() {
        assertThatThrownBy(() -> TerritoryEvalSet.fromClasspath("/eval/territory/nope.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.tsv");
    }
}
