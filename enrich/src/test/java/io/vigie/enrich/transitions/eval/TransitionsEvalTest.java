package io.vigie.enrich.transitions.eval;

import io.vigie.enrich.eval.Prf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.enrich.transitions.NewsThemes;
import io.vigie.enrich.transitions.ThemeVocabulary;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionsEvalTest {
    private static final ThemeVocabulary VOCABULARY = ThemeVocabulary.fromClasspath();

    @Test
    void setsAreLargeAndCoverEveryLanguageFrameAndPillar() {
        List<LabeledSnippet> dev = TransitionsEvalSet.fromClasspath(TransitionsEvalSet.DEV, VOCABULARY);
        List<LabeledSnippet> test = TransitionsEvalSet.fromClasspath(TransitionsEvalSet.TEST, VOCABULARY);
        assertThat(dev.size() + test.size()).isGreaterThanOrEqualTo(200);
        for (List<LabeledSnippet> set : List.of(dev, test)) {
            assertThat(set).extracting(LabeledSnippet::language).contains("fr", "en", "es", "it", "de");
            assertThat(set).extracting(LabeledSnippet::frame).contains("forefront", "lagging", null);
            assertThat(set).anyMatch(s -> s.pillars().isEmpty());
            assertThat(set.stream().flatMap(s -> s.pillars().stream())).contains("economic", "environmental", "social");
        }
    }

    /** The test split was written before any rule and frozen; a changed file means it was tuned on. */
    @Test
    void testSplitIsFrozen() throws Exception {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/eval/transitions/test.sha256")) {
            expected = new String(in.readAllBytes()).strip().split("\\s+")[0];
        }
        try (InputStream in = getClass().getResourceAsStream(TransitionsEvalSet.TEST)) {
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            assertThat(actual).isEqualTo(expected);
        }
    }

    /**
     * Floors a little below the held-out measurement of the extended test split (n=139, broad themes
     * labeled before any theme rule existed): pillars micro-F1 0.937, macro-F1 0.930, topics micro-F1
     * 0.837, news themes micro-F1 0.940 and macro-F1 0.928, frame accuracy 0.957, forefront F1 0.905,
     * lagging F1 0.960; per language pillars micro-F1 >= 0.902 and themes micro-F1 >= 0.893. After the
     * second pass (error classes of the blind set, used as dev): pillars micro-F1 0.952, macro-F1 0.948,
     * topics 0.845, themes unchanged, frame accuracy 0.957, forefront F1 0.905, lagging F1 0.962; per
     * language pillars micro-F1 >= 0.923. A regression fails.
     */
    @Test
    void heldOutTestSplitStaysAboveFloors() {
        List<TransitionsEvalReport> reports = TransitionsEval.run();
        Figures test = reports.get(1).overall();
        String detail = reports.get(1).format();
        assertThat(test.n()).isEqualTo(139);
        assertThat(test.pillarMicro().f1()).as(detail).isGreaterThanOrEqualTo(0.93);
        assertThat(test.pillarMacroF1()).as(detail).isGreaterThanOrEqualTo(0.92);
        assertThat(test.topics().f1()).as(detail).isGreaterThanOrEqualTo(0.82);
        assertThat(test.themeMicro().f1()).as(detail).isGreaterThanOrEqualTo(0.91);
        assertThat(test.themeMacroF1()).as(detail).isGreaterThanOrEqualTo(0.90);
        assertThat(test.frameAccuracy()).as(detail).isGreaterThanOrEqualTo(0.93);
        assertThat(test.frames().get("forefront").f1()).as(detail).isGreaterThanOrEqualTo(0.87);
        assertThat(test.frames().get("lagging").f1()).as(detail).isGreaterThanOrEqualTo(0.93);
        for (String lang : List.of("fr", "en", "es", "it", "de")) {
            Figures f = reports.get(1).byLanguage().get(lang);
            assertThat(f.pillarMicro().f1()).as(lang + "\n" + detail).isGreaterThanOrEqualTo(0.89);
            assertThat(f.themeMicro().f1()).as(lang + "\n" + detail).isGreaterThanOrEqualTo(0.87);
        }
        Figures dev = reports.get(0).overall();
        assertThat(dev.pillarMicro().f1()).as(reports.get(0).format()).isGreaterThanOrEqualTo(0.95);
        assertThat(dev.themeMicro().f1()).as(reports.get(0).format()).isGreaterThanOrEqualTo(0.95);
        assertThat(dev.frameAccuracy()).as(reports.get(0).format()).isGreaterThanOrEqualTo(0.92);
    }

    /** Every item has a broad theme from the vocabulary, and both splits cover all of them. */
    @Test
    void everyItemHasBroadThemesCoveringTheVocabulary() {
        for (String split : List.of(TransitionsEvalSet.DEV, TransitionsEvalSet.TEST)) {
            List<LabeledSnippet> set = TransitionsEvalSet.fromClasspath(split, VOCABULARY);
            assertThat(set).allSatisfy(s -> assertThat(s.themes()).isNotEmpty().isSubsetOf(NewsThemes.ALL));
            assertThat(set.stream().flatMap(s -> s.themes().stream()).distinct())
                    .as(split).containsExactlyInAnyOrderElementsOf(NewsThemes.ALL);
            assertThat(set).filteredOn(s -> s.themes().contains("other")).allSatisfy(s ->
                    assertThat(s.themes()).containsExactly("other"));
        }
    }

    @Test
    void metricsAreComputedFromCounts() {
        Prf p = new Prf(8, 2, 2);
        assertThat(p.precision()).isEqualTo(0.8);
        assertThat(p.recall()).isEqualTo(0.8);
        assertThat(p.f1()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Prf.ZERO.f1()).isEqualTo(1.0);
    }

    @Test
    void badLabelsAreClearErrors() {
        assertThatThrownBy(() -> TransitionsEvalSet.fromClasspath("/eval/transitions/nope.tsv", VOCABULARY))
                .hasMessageContaining("nope.tsv");
        assertThatThrownBy(() -> TransitionsEvalSet.fromClasspath("/transitions-bad/eval-unknown-theme.tsv", VOCABULARY))
                .hasMessageContaining("line 1").hasMessageContaining("weather");
        assertThatThrownBy(() -> TransitionsEvalSet.fromClasspath("/transitions-bad/eval-unknown-news-theme.tsv", VOCABULARY))
                .hasMessageContaining("line 1").hasMessageContaining("leisure");
        assertThatThrownBy(() -> TransitionsEvalSet.fromClasspath("/transitions-bad/eval-no-news-theme.tsv", VOCABULARY))
                .hasMessageContaining("line 1").hasMessageContaining("other");
    }
}
