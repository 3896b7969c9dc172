package io.vigie.enrich.eval.blind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fourth blind set loads unaltered and has the composition its README describes. It only parses
 * the file: it must never run the enricher, so that the set stays blind until the lead's single run.
 */
class Blind4SetTest {
    private static BlindSet set;

    @BeforeAll
    static void load() {
        set = BlindSet.load(Blind4Eval.FOLDER);
    }

    @Test
    void frozenHashPinsTheFile() {
        assertThat(set.sha256()).isEqualTo("6bb5836fc93dd69822ccbc8d4d84912ece952c3b31323e655dbbd5281e4b612f");
        assertThat(set.resource()).isEqualTo("/eval/blind4/items.psv");
    }

    @Test
    void compositionByLanguageAndRelevance() {
        assertThat(set.items()).hasSize(328);
        Map<String, Long> perLanguage = set.items().stream()
                .collect(Collectors.groupingBy(BlindItem::lang, Collectors.counting()));
        assertThat(perLanguage).containsExactlyInAnyOrderEntriesOf(Map.of("fr", 116L, "en", 83L, "es", 43L,
                "it", 43L, "de", 43L));
        Map<String, Long> relevantPerLanguage = set.items().stream().filter(BlindItem::relevant)
                .collect(Collectors.groupingBy(BlindItem::lang, Collectors.counting()));
        assertThat(relevantPerLanguage).containsExactlyInAnyOrderEntriesOf(Map.of("fr", 68L, "en", 48L, "es", 24L,
                "it", 24L, "de", 24L));
        assertThat(set.items()).filteredOn(i -> i.lead().isEmpty()).hasSize(93);
    }

    @Test
    void labelsFollowTheGuide() {
        Map<String, Long> sentiment = set.items().stream().filter(BlindItem::relevant)
                .collect(Collectors.groupingBy(BlindItem::sentiment, Collectors.counting()));
        assertThat(sentiment).containsExactlyInAnyOrderEntriesOf(Map.of("positive", 85L, "negative", 66L,
                "neutral", 37L));
        Map<String, Long> frame = set.items().stream().filter(BlindItem::relevant)
                .collect(Collectors.groupingBy(BlindItem::frame, Collectors.counting()));
        assertThat(frame).containsExactlyInAnyOrderEntriesOf(Map.of("none", 159L, "forefront", 15L, "lagging", 14L));
        // Off-territory items carry no portrayal: neutral, no pillar, no frame.
        assertThat(set.items()).filteredOn(i -> !i.relevant()).allSatisfy(i -> {
            assertThat(i.sentiment()).isEqualTo("neutral");
            assertThat(i.pillars()).isEmpty();
            assertThat(i.frame()).isEqualTo("none");
        });
    }

    @Test
    void idsAreShuffledAcrossLanguagesAndTextsAreClean() {
        assertThat(set.items()).allSatisfy(i -> {
            assertThat(i.id()).matches("b4-\\d{3}");
            assertThat(i.title()).isNotBlank().doesNotContain("|");
            assertThat(i.lead()).doesNotContain("|");
            assertThat(i.outlet()).isNotBlank();
        });
        assertThat(set.items().subList(0, 40)).extracting(BlindItem::lang).contains("fr", "en", "es", "it", "de");
    }
}
