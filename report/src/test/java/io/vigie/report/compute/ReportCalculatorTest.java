package io.vigie.report.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigie.report.data.StoryStats;
import io.vigie.report.data.WindowCounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportCalculatorTest {
    private final ReportCalculator calculator = new ReportCalculator(CalculatorSettings.DEFAULTS);

    @Test
    void windowFiguresAreRatiosOfTheAggregatedCounts() {
        WindowFigures f = ReportCalculator.figures(new WindowCounts(10, 1, 1, 9, 8, 9, 5, 8, 4, 3, 5, 3, 2, 1));
        assertThat(f.mentions()).isEqualTo(9);
        assertThat(f.international().share()).isCloseTo(5 / 9.0, within(1e-9));
        assertThat(f.sentiment().value()).isCloseTo(1 / 8.0, within(1e-9));
        assertThat(f.negative().share()).isCloseTo(3 / 8.0, within(1e-9));
        assertThat(f.index().share()).isCloseTo(3 / 5.0, within(1e-9));
        assertThat(f.frameBalance().value()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(ReportCalculator.figures(WindowCounts.EMPTY).index().empty()).isTrue();
    }

    @Test
    void emergingTermsCountStoriesNotCopies() {
        // One story syndicated under three titles says "tramway" once: not enough on its own.
        Map<String, List<String>> now = Map.of(
                "s1", List.of("Tramway opens", "Tramway opens in Marseille", "New tramway line"),
                "s2", List.of("Budget vote"), "s3", List.of("Port traffic"));
        Map<String, List<String>> before = Map.of("p1", List.of("Budget vote"), "p2", List.of("Port traffic"));
        assertThat(calculator.emerging(now, before)).isEmpty();

        Map<String, List<String>> burst = new java.util.HashMap<>();
        for (int i = 0; i < 6; i++) {
            burst.put("t" + i, List.of("Tramway " + i));
        }
        Map<String, List<String>> quiet = new java.util.HashMap<>();
        for (int i = 0; i < 40; i++) {
            quiet.put("q" + i, List.of("Budget vote " + i));
        }
        assertThat(calculator.emerging(burst, quiet)).extracting(ReportData.EmergingTerm::term).containsExactly("tramway");
    }

    @Test
    void storiesGoToTheSideOfTheirMeanAndRankByReach() {
        List<StoryStats> candidates = List.of(
                new StoryStats("wide-positive", 10, 6, 3.0, 10),
                new StoryStats("mixed-but-positive", 12, 6, 0.5, 12),
                new StoryStats("narrow-strong", 1, 1, 0.9, 1),
                new StoryStats("negative", 3, 2, -1.2, 3),
                new StoryStats("unscored", 50, 20, 0, 0),
                new StoryStats("neutral", 5, 5, 0, 5));
        StoryRanking.Ranked r = StoryRanking.rank(candidates, 2);
        assertThat(r.positive()).extracting(StoryStats::key).containsExactly("mixed-but-positive", "wide-positive");
        assertThat(r.negative()).extracting(StoryStats::key).containsExactly("negative");
    }
}
