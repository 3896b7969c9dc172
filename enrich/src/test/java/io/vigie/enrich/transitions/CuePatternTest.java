package io.vigie.enrich.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CuePatternTest {

    private static List<Word> words(String text) {
        return WordSplitter.split("", text).words();
    }

    @Test
    void exactPrefixSuffixInfixAndAnyWord() {
        assertThat(CuePattern.parse("énergies renouvelables").matchesAt(words("Les energies renouvelables"), 1)).isTrue();
        assertThat(CuePattern.parse("renouvelable*").matchesAt(words("renouvelables"), 0)).isTrue();
        assertThat(CuePattern.parse("*strom").matchesAt(words("Ökostrom"), 0)).isTrue();
        assertThat(CuePattern.parse("*wasserstoff*").matchesAt(words("Wasserstoffprojekt"), 0)).isTrue();
        assertThat(CuePattern.parse("hinkt * hinterher").matchesAt(words("hinkt weit hinterher"), 0)).isTrue();
        assertThat(CuePattern.parse("start up*").matchesAt(words("start-ups"), 0)).isTrue();
        assertThat(CuePattern.parse("solaire").matchesAt(words("solaires"), 0)).isFalse();
    }

    @Test
    void neverMatchesAcrossTitleAndBody() {
        List<Word> w = WordSplitter.split("Marseille en", "retard").words();
        assertThat(CuePattern.parse("en retard").matchesAt(w, 1)).isFalse();
    }

    @Test
    void malformedPatternsAreClearErrors() {
        assertThatThrownBy(() -> CuePattern.parse("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CuePattern.parse("a**b")).hasMessageContaining("a**b");
        assertThatThrownBy(() -> CuePattern.parse("* retard")).hasMessageContaining("lone *");
    }

    @Test
    void cueFilesWithUnknownLabelsOrWeightsNameTheLine() {
        assertThatThrownBy(() -> CueSet.fromClasspath("/transitions-bad/unknown-label.tsv", java.util.Set.of("energy")))
                .hasMessageContaining("unknown-label.tsv line 2").hasMessageContaining("not_a_theme");
        assertThatThrownBy(() -> CueSet.fromClasspath("/transitions-bad/bad-weight.tsv", java.util.Set.of("energy")))
                .hasMessageContaining("line 1").hasMessageContaining("abc");
        assertThatThrownBy(() -> CueSet.fromClasspath("/transitions-bad/missing.tsv", java.util.Set.of()))
                .hasMessageContaining("missing.tsv");
    }

    @Test
    void longestCueWinsWithinALabel() {
        CueSet set = CueSet.of(List.of(new Cue("lagging", "fr", 1, CuePattern.parse("en retard"), "t"),
                new Cue("lagging", "fr", 1, CuePattern.parse("retard"), "t")));
        List<CueMatch> m = set.find(WordSplitter.split("", "Marseille en retard"), "fr");
        assertThat(m).extracting(CueMatch::surface).containsExactly("en retard");
    }
}
