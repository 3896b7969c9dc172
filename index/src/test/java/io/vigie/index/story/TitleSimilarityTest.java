package io.vigie.index.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleSimilarityTest {
    @Test
    void retitledWireCopiesStaySimilarUnrelatedTitlesDoNot() {
        assertThat(TitleSimilarity.of("Marseille : le Vieux-Port rénové pour les Jeux",
                "A Marseille, le Vieux-Port renové pour les Jeux")).isGreaterThan(0.6);
        assertThat(TitleSimilarity.of("Marseille : le Vieux-Port rénové pour les Jeux",
                "Incendie dans les calanques : 300 hectares brûlés")).isLessThan(0.2);
    }

    @Test
    void aMissingTitleLeavesTheDecisionToTheFingerprint() {
        assertThat(TitleSimilarity.of(null, "x y z")).isEqualTo(1.0);
        assertThat(TitleSimilarity.of("", "Marseille")).isEqualTo(1.0);
    }
}
