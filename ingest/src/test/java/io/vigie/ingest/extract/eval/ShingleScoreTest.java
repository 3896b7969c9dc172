package io.vigie.ingest.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    @Test
    void identicalTextsScoreOne() {
        ShingleScore s = ShingleScore.of("Le port de Marseille, premier port de France.", "Le port de Marseille - premier port de France");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void extraAndMissingShinglesLowerPrecisionAndRecall() {
        // truth: a b c d e (2 shingles); extracted: a b c d x y (3 shingles, 1 shared)
        ShingleScore s = ShingleScore.of("a b c d x y", "a b c d e");
        assertThat(s.precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.recall()).isCloseTo(1 / 2.0, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void caseIsKeptAndRepeatsCountAsAMultiset() {
        assertThat(ShingleScore.of("A b c d", "a b c d").precision()).isZero();
        ShingleScore repeated = ShingleScore.of("a b c d a b c d", "a b c d");
        // extracted shingles: abcd, bcda, cdab, dabc, abcd -> 5, of which one abcd is shared
        assertThat(repeated.precision()).isCloseTo(1 / 5.0, within(1e-9));
        assertThat(repeated.recall()).isEqualTo(1.0);
    }

    @Test
    void emptyExtractionScoresZeroUnlessNothingWasExpected() {
        assertThat(ShingleScore.of("", "some expected text here").f1()).isZero();
        assertThat(ShingleScore.of("", "").f1()).isEqualTo(1.0);
    }

    @Test
    void unicodeWordsAreTokens() {
        assertThat(ShingleScore.tokens("L'été à Aix-en-Provence")).containsExactly("L", "été", "à", "Aix", "en", "Provence");
    }
}
