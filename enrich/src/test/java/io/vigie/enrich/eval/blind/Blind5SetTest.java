package io.vigie.enrich.eval.blind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fifth blind set loads unaltered and has the composition its README describes. It only parses
 * the file: it must never run the enricher, so that the set stays blind until the lead's single run.
 */
class Blind5SetTest {
    private static BlindSet set;

    @BeforeAll
    static void load() {
        set = BlindSet.load(Blind5Eval.FOLDER);
    }

    @Test
    void frozenHashPinsTheFile() {
        assertThat(set.sha256()).isEqualTo("faa4e846721385157ce76ae311ff8c395f5bb782c399da09755c76620b998597");
        assertThat(set.resource()).isEqualTo("/eval/blind5/items.psv");
    }

    @Test
    void compositionByLanguageAndRelevance() {
        assertThat(set.items()).hasSize(326);
        Map<String, Long> perLanguage = set.items().stream()
                .collect(Collectors.groupingBy(BlindItem::lang, Collectors.counting()));
        assertThat(perLanguage).containsExactlyInAnyOrderEntriesOf(Map.of("fr", 115L, "en", 82L, "es", 43L,
                "it", 43L, "de", 43L));
        Map<String, Long> relevantPerLanguage = set.items().stream().filter(BlindItem::relevant)
                .collect(Collectors.groupingBy(BlindItem::lang, Collectors.counting()));
        assertThat(relevantPerLanguage).containsExactlyInAnyOrderEntriesOf(Map.of("fr", 67L, "en", 47L, "es", 24L,
                "it", 24L, "de", 24L));
        assertThat(set.items()).filteredOn(i -> i.lead().isEmpty()).hasSize(94);
    }

    @Test
    void labelsFollowTheGuide() {
        Map<String, Long> sentiment = set.items().stream().filter(BlindItem::relevant)
                .collect(Collectors.groupingBy(BlindItem::sentiment, Collectors.counting()));
        assertThat(sentiment).containsExactlyInAnyOrderEntriesOf(Map.of("positive", 83L, "negative", 65L,
                "neutral", 38L));
        Map<String, Long> frame = set.items().stream().filter(BlindItem::relevant)
                .collect(Collectors.groupingBy(BlindItem::frame, Collectors.counting()));
        assertThat(frame).containsExactlyInAnyOrderEntriesOf(Map.of("none", 167L, "forefront", 9L, "lagging", 10L));
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
            assertThat(i.id()).matches("b5-\\d{3}");
            assertThat(i.title()).isNotBlank().doesNotContain("|");
            assertThat(i.lead()).doesNotContain("|");
            assertThat(i.outlet()).isNotBlank();
        });
        assertThat(set.items().subList(0, 40)).extracting(BlindItem::lang).contains("fr", "en", "es", "it", "de");
    }
}
