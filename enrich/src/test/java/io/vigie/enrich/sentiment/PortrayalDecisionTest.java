package io.vigie.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortrayalDecisionTest {
    private static final double BAND = 0.12;

    @Test
    void aConfidentPolarModelTurnsANeutralVerdictAndTheScoreReachesTheBand() {
        Optional<PortrayalDecision.Verdict> v = PortrayalDecision.decide("neutral", new double[]{0.05, 0.15, 0.8}, 0.7, BAND, false);
        assertThat(v).isPresent();
        assertThat(v.get().label()).isEqualTo("positive");
        assertThat(v.get().score()).isEqualTo(0.75);
        assertThat(v.get().note()).contains("portrayal model").contains("0.80");

        PortrayalDecision.Verdict weak = PortrayalDecision.decide("neutral", new double[]{0.35, 0.0, 0.65}, 0.6, BAND, false).orElseThrow();
        assertThat(weak.score()).isEqualTo(0.3);
        PortrayalDecision.Verdict neg = PortrayalDecision.decide("neutral", new double[]{0.72, 0.2, 0.08}, 0.7, BAND, false).orElseThrow();
        assertThat(neg.label()).isEqualTo("negative");
        assertThat(neg.score()).isEqualTo(-0.64);
    }

    @Test
    void theRulesStandWhenTheyArePolarOrTheModelIsUnsureOrSaysNeutral() {
        assertThat(PortrayalDecision.decide("negative", new double[]{0.0, 0.0, 1.0}, 0.7, BAND, false)).isEmpty();
        assertThat(PortrayalDecision.decide("positive", new double[]{1.0, 0.0, 0.0}, 0.7, BAND, false)).isEmpty();
        assertThat(PortrayalDecision.decide("neutral", new double[]{0.1, 0.25, 0.65}, 0.7, BAND, false)).isEmpty();
        assertThat(PortrayalDecision.decide("neutral", new double[]{0.1, 0.8, 0.1}, 0.7, BAND, false)).isEmpty();
    }

    @Test
    void positiveOnlyLeavesNeutralVerdictsTheModelReadsAsNegative() {
        assertThat(PortrayalDecision.decide("neutral", new double[]{0.9, 0.05, 0.05}, 0.7, BAND, true)).isEmpty();
        assertThat(PortrayalDecision.decide("neutral", new double[]{0.05, 0.05, 0.9}, 0.7, BAND, true)).isPresent();
    }

    @Test
    void aVeryConfidentModelOverrulesOnlyAWeakPolarVerdict() {
        PortrayalDecision.WeakOverride o = new PortrayalDecision.WeakOverride(0.5, 0.8);
        PortrayalDecision.Verdict toNeg = PortrayalDecision.decide("positive", 0.2, new double[]{0.85, 0.1, 0.05}, 0.7,
                BAND, true, o).orElseThrow();
        assertThat(toNeg.label()).isEqualTo("negative");
        assertThat(toNeg.score()).isEqualTo(-0.8);
        assertThat(toNeg.note()).contains("over a weak positive verdict");
        PortrayalDecision.Verdict toNeutral = PortrayalDecision.decide("negative", -0.3, new double[]{0.05, 0.9, 0.05},
                0.7, BAND, true, o).orElseThrow();
        assertThat(toNeutral.label()).isEqualTo("neutral");
        assertThat(toNeutral.score()).isZero();
        // a strong verdict, a model not sure enough, a model agreeing, or no override: the rules stand
        assertThat(PortrayalDecision.decide("positive", 0.6, new double[]{0.9, 0.05, 0.05}, 0.7, BAND, true, o)).isEmpty();
        assertThat(PortrayalDecision.decide("positive", 0.2, new double[]{0.75, 0.2, 0.05}, 0.7, BAND, true, o)).isEmpty();
        assertThat(PortrayalDecision.decide("positive", 0.2, new double[]{0.05, 0.05, 0.9}, 0.7, BAND, true, o)).isEmpty();
        assertThat(PortrayalDecision.decide("positive", 0.2, new double[]{0.9, 0.05, 0.05}, 0.7, BAND, true, null)).isEmpty();
    }

    @Test
    void rejectsAnOverrideOutsideTheUnitInterval() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PortrayalDecision.WeakOverride(1.5, 0.8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRuleScore");
    }
}
