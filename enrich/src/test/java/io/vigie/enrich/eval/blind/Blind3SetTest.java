package io.vigie.enrich.eval.blind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The third blind set loads unaltered and has the composition its README describes. It only parses
 * the file: it must never run the enricher, so that the set stays blind until the lead's single run
 * ({@link BlindSetsEvalTest} does that).
 */
class Blind3SetTest {
    private static BlindSet set;

    @BeforeAll
    static void load() {
        set = BlindSet.load(Blind3Eval.FOLDER);
    }

    @Test
    void frozenHashPinsTheFile() {
        assertThat(set.sha256()).isEqualTo("b06838d6d29c8c00db75cf6d8e37d31ca9f2ef2dff6106a1fc5bf32341879059");
        assertThat(set.resource()).isEqualTo("/eval/blind3/items.psv");
    }

    @Test
    void compositionByLanguageAndRelevance() {
        assertThat(set.items()).hasSize(328);
        Map<String, Long> perLanguage = set.items().stream()
                .collect(Collectors.groupingBy(BlindItem::lang, Collectors.counting()));
        assertThat(perLanguage).containsExactlyInAnyOrderEntriesOf(Map.of("fr", 117L, "en", 82L, "es", 43L,
                "it", 43L, "de", 43L));
        Map<String, Long> relevantPerLanguage = set.items().stream().filter(BlindItem::relevant)
                .collect(Collectors.groupingBy(BlindItem::lang, Collectors.counting()));
        assertThat(relevantPerLanguage).containsExactlyInAnyOrderEntriesOf(Map.of("fr", 67L, "en", 47L, "es", 24L,
                "it", 24L, "de", 24L));
        assertThat(set.items()).filteredOn(i -> i.lead().isEmpty()).hasSize(100);
    }

    @Test
    void labelsFollowTheGuide() {
        Map<String, Long> sentiment = set.items().stream().filter(BlindItem::relevant)
                .collect(Collectors.groupingBy(BlindItem::sentiment, Collectors.counting()));
        assertThat(sentiment).containsExactlyInAnyOrderEntriesOf(Map.of("positive", 86L, "negative", 65L,
                "neutral", 35L));
        Map<String, Long> frame = set.items().stream().filter(BlindItem::relevant)
                .collect(Collectors.groupingBy(BlindItem::frame, Collectors.counting()));
        assertThat(frame).containsExactlyInAnyOrderEntriesOf(Map.of("none", 159L, "forefront", 14L, "lagging", 13L));
    }

    @Test
    void idsAreShuffledAcrossLanguagesAndTextsAreClean() {
        assertThat(set.items()).allSatisfy(i -> {
            assertThat(i.id()).matches("b3-\\d{3}");
            assertThat(i.title()).isNotBlank().doesNotContain("|");
            assertThat(i.lead()).doesNotContain("|");
            assertThat(i.outlet()).isNotBlank();
        });
        assertThat(set.items().subList(0, 40)).extracting(BlindItem::lang).contains("fr", "en", "es", "it", "de");
    }
}
