package io.vigie.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossValidationFoldsTest {

    @Test
    void nearDuplicatesShareAFoldAndEachLanguageIsSpreadOverAllFolds() {
        List<List<String>> words = new ArrayList<>();
        List<String> langs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            words.add(List.of("fr" + i, "a" + i, "b" + i));
            langs.add("fr");
            words.add(List.of("en" + i, "c" + i, "d" + i));
            langs.add("en");
        }
        // the same story told twice, with one word changed
        words.add(List.of("marseille", "port", "record", "containers", "2024"));
        langs.add("fr");
        words.add(List.of("marseille", "port", "record", "containers", "2025"));
        langs.add("en");
        int[] fold = CrossValidationFolds.assign(words, langs, 5);
        assertThat(fold[20]).isEqualTo(fold[21]);
        for (String lang : List.of("fr", "en")) {
            int[] perFold = new int[5];
            for (int i = 0; i < 20; i++) {
                if (langs.get(i).equals(lang)) {
                    perFold[fold[i]]++;
                }
            }
            assertThat(perFold).containsOnly(2);
        }
        assertThat(CrossValidationFolds.assign(words, langs, 5)).isEqualTo(fold);
        assertThat(Arrays.stream(fold).max().orElseThrow()).isLessThan(5);
    }

    @Test
    void jaccardOfWordSets() {
        assertThat(CrossValidationFolds.jaccard(java.util.Set.of("a", "b"), java.util.Set.of("b", "c"))).isEqualTo(1 / 3.0);
    }

    @Test
    void rejectsFewerThanTwoFoldsAndMismatchedInputs() {
        assertThatThrownBy(() -> CrossValidationFolds.assign(List.of(), List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k must be >= 2");
        assertThatThrownBy(() -> CrossValidationFolds.assign(List.of(List.of("a")), List.of(), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in size");
    }
}
