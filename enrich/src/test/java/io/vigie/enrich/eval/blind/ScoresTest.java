package io.vigie.enrich.eval.blind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoresTest {

    @Test
    void binaryScore() {
        BinaryScore score = new BinaryScore();
        score.add(true, true);
        score.add(true, true);
        score.add(true, false);
        score.add(false, true);
        score.add(false, false);

        assertThat(score.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.f1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.accuracy()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void macroF1CountsEveryDeclaredClass() {
        ClassConfusion confusion = new ClassConfusion(List.of("positive", "neutral", "negative"));
        confusion.add("positive", "positive");
        confusion.add("positive", "neutral");
        confusion.add("negative", "negative");
        confusion.add("negative", "surprised");

        assertThat(confusion.accuracy()).isCloseTo(0.5, within(1e-9));
        assertThat(confusion.f1("positive")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(confusion.f1("neutral")).isZero();
        assertThat(confusion.macroF1()).isCloseTo((2.0 / 3 + 0 + 2.0 / 3) / 3, within(1e-9));
        assertThat(confusion.format("")).contains("surprised");
    }

    @Test
    void multiLabelMicroAndMacro() {
        MultiLabelScore score = new MultiLabelScore(List.of("economic", "environmental", "social"));
        score.add(Set.of("economic", "environmental"), Set.of("economic"));
        score.add(Set.of("social"), Set.of("social", "economic"));
        score.add(Set.of(), Set.of());

        assertThat(score.microPrecision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.microRecall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.f1("environmental")).isZero();
        assertThat(score.f1("social")).isEqualTo(1.0);
        assertThat(score.exactMatch()).isCloseTo(1.0 / 3, within(1e-9));
    }
}
