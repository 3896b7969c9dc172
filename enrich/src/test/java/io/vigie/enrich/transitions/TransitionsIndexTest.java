package io.vigie.enrich.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigie.enrich.Mentions;
import io.vigie.model.EnrichedMention;
import io.vigie.model.LanguageGuess;
import io.vigie.model.Sentiment;
import io.vigie.model.Territory;
import io.vigie.model.Transitions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionsIndexTest {

    private static IndexInput in(boolean relevant, boolean intl, List<String> pillars, String sentiment, String frame,
                                 double w) {
        return new IndexInput(relevant, intl, pillars, sentiment, frame, w);
    }

    @Test
    void shareCountsRelevantInternationalMentionsWithPillarAndNonNegativeSentiment() {
        List<IndexInput> inputs = List.of(
                in(true, true, List.of("environmental"), "positive", "forefront", 1),
                in(true, true, List.of("social"), "neutral", null, 1),
                in(true, true, List.of("social"), "negative", "lagging", 1),
                in(true, true, List.of(), "positive", null, 1),
                in(true, false, List.of("economic"), "positive", "forefront", 1),   // national: out
                in(false, true, List.of("economic"), "positive", "forefront", 1));  // not about the territory: out
        IndexResult r = TransitionsIndex.compute(inputs);
        assertThat(r.mentions()).isEqualTo(4);
        assertThat(r.share()).isEqualTo(0.5);
        assertThat(r.pillarShares().get("environmental")).isEqualTo(0.25);
        assertThat(r.pillarShares().get("social")).isEqualTo(0.25);
        assertThat(r.pillarShares().get("economic")).isEqualTo(0.0);
        assertThat(r.forefrontWeight()).isEqualTo(1);
        assertThat(r.laggingWeight()).isEqualTo(1);
        assertThat(r.balance()).isEqualTo(0.0);
        assertThat(r.effectiveSize()).isEqualTo(4);
    }

    @Test
    void wilsonIntervalMatchesTheTextbookValue() {
        // p = 0.5, n = 100: 0.4038 .. 0.5962
        List<IndexInput> inputs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            inputs.add(in(true, true, i < 50 ? List.of("economic") : List.of(), "neutral", null, 1));
        }
        IndexResult r = TransitionsIndex.compute(inputs);
        assertThat(r.share()).isEqualTo(0.5);
        assertThat(r.shareLow()).isCloseTo(0.4038, within(1e-4));
        assertThat(r.shareHigh()).isCloseTo(0.5962, within(1e-4));
        assertThat(r.balance()).isNaN();
    }

    @Test
    void weightsMoveTheShareAndShrinkTheEffectiveSize() {
        IndexResult r = TransitionsIndex.compute(List.of(
                in(true, true, List.of("economic"), "positive", "forefront", 3),
                in(true, true, List.of("social"), "negative", "lagging", 1)));
        assertThat(r.share()).isEqualTo(0.75);
        assertThat(r.effectiveSize()).isCloseTo(16.0 / 10.0, within(1e-12));
        assertThat(r.balance()).isEqualTo(0.5);
        assertThat(r.shareLow()).isLessThan(0.75);
        assertThat(r.shareHigh()).isGreaterThan(0.75).isLessThanOrEqualTo(1.0);
    }

    @Test
    void unknownSentimentStaysInTheDenominatorOnly() {
        IndexResult r = TransitionsIndex.compute(List.of(
                in(true, true, List.of("economic"), null, "forefront", 1),
                in(true, true, List.of("economic"), "positive", null, 1)));
        assertThat(r.share()).isEqualTo(0.5);
        assertThat(r.unknownSentiment()).isEqualTo(1);
        assertThat(r.balance()).isEqualTo(1.0);
    }

    @Test
    void emptyPopulationGivesNaNNotAnError() {
        IndexResult r = TransitionsIndex.compute(List.of(in(false, true, List.of("economic"), "positive", null, 1)));
        assertThat(r.mentions()).isZero();
        assertThat(r.share()).isNaN();
        assertThat(r.shareLow()).isNaN();
        assertThat(r.balance()).isNaN();
    }

    @Test
    void badInputsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> in(true, true, List.of(), "happy", null, 1)).hasMessageContaining("happy");
        assertThatThrownBy(() -> in(true, true, List.of(), null, "ahead", 1)).hasMessageContaining("ahead");
        assertThatThrownBy(() -> in(true, true, List.of(), null, null, 0)).hasMessageContaining("weight");
        assertThatThrownBy(() -> in(true, true, List.of(), null, null, Double.POSITIVE_INFINITY))
                .hasMessageContaining("weight");
    }

    @Test
    void inputFromAnEnrichedMention() {
        EnrichedMention m = new EnrichedMention(EnrichedMention.SCHEMA_VERSION, Mentions.english("index/1"),
                new LanguageGuess("en", 0.99, "model"), new Territory(true, 0.9, List.of(), List.of(), List.of()),
                new Sentiment(Sentiment.POSITIVE, 0.6, 0.8, Sentiment.POSITIVE, 0.5, List.of()),
                new Transitions(List.of("environmental"), List.of("transport"), List.of("mobility"), Transitions.FOREFRONT, List.of()),
                null, Instant.parse("2026-11-20T09:00:00Z"));
        IndexInput input = IndexInput.of(m);
        assertThat(input.international()).isTrue();
        assertThat(input.relevant()).isTrue();
        assertThat(input.pillars()).containsExactly("environmental");
        assertThat(input.sentimentLabel()).isEqualTo("positive");
        assertThat(input.frame()).isEqualTo("forefront");
        assertThat(input.weight()).isEqualTo(1.0);
    }
}
