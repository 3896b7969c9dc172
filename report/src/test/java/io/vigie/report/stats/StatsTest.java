package io.vigie.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void wilsonIntervalMatchesPublishedValues() {
        // Newcombe (1998), example 81/263: 0.2553 – 0.3662.
        Proportion p = Proportion.of(81, 263);
        assertThat(p.lower()).isCloseTo(0.2553, within(5e-4));
        assertThat(p.upper()).isCloseTo(0.3662, within(5e-4));
        Proportion zero = Proportion.of(0, 10);
        assertThat(zero.lower()).isZero();
        assertThat(zero.upper()).isCloseTo(0.2775, within(5e-4));
        assertThat(Proportion.of(0, 0).share()).isNaN();
    }

    @Test
    void netShareAndItsMargin() {
        NetShare n = new NetShare(4, 3, 8);
        assertThat(n.value()).isEqualTo(0.125);
        assertThat(n.margin()).isGreaterThan(0.4).isLessThan(0.8);
        assertThat(new NetShare(0, 0, 0).value()).isNaN();
    }

    @Test
    void logLikelihoodOfAKnownTable() {
        // a=4, b=0, c=8, d=40: E1 = 0.667, G² = 2·4·ln 6 = 14.33.
        assertThat(LogLikelihood.g2(4, 0, 8, 40)).isCloseTo(8 * Math.log(6), within(1e-9));
        assertThat(LogLikelihood.g2(1, 5, 10, 50)).isCloseTo(0, within(1e-9));
    }

    @Test
    void titleTermsDropFunctionWordsAndSplitElisions() {
        assertThat(TitleTerms.of("L'économie d'Aix-Marseille et le tramway : les chiffres"))
                .containsExactly("économie", "aix", "marseille", "tramway", "chiffres");
    }
}
