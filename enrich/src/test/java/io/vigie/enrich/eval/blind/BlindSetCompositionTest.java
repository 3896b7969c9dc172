package io.vigie.enrich.eval.blind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each blind set written since blind3 loads unaltered and has the composition its README
 * describes. It only parses the files: it never runs the enricher, so that a new set stays blind
 * until the lead's single run ({@link BlindSetsEvalTest} does that).
 */
class BlindSetCompositionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // folder; sha256; items fr/en/es/it/de; relevant fr/en/es/it/de; bare headlines;
            // relevant positive/negative/neutral; frame none/forefront/lagging
            "blind3; b06838d6d29c8c00db75cf6d8e37d31ca9f2ef2dff6106a1fc5bf32341879059; 117/82/43/43/43; 67/47/24/24/24; 100; 86/65/35; 159/14/13",
            "blind4; 6bb5836fc93dd69822ccbc8d4d84912ece952c3b31323e655dbbd5281e4b612f; 116/83/43/43/43; 68/48/24/24/24; 93; 85/66/37; 159/15/14",
            "blind5; faa4e846721385157ce76ae311ff8c395f5bb782c399da09755c76620b998597; 115/82/43/43/43; 67/47/24/24/24; 94; 83/65/38; 167/9/10"})
    void loadsUnalteredWithTheDescribedComposition(String folder, String sha256, String perLanguage,
                                                   String relevantPerLanguage, int bare, String sentiment,
                                                   String frame) {
        BlindSet set = BlindSet.load(folder);
        assertThat(set.sha256()).isEqualTo(sha256);
        assertThat(set.resource()).isEqualTo("/eval/" + folder + "/items.psv");
        assertThat(countBy(set, false, BlindItem::lang)).isEqualTo(byLanguage(perLanguage));
        assertThat(countBy(set, true, BlindItem::lang)).isEqualTo(byLanguage(relevantPerLanguage));
        assertThat(set.items()).filteredOn(i -> i.lead().isEmpty()).hasSize(bare);
        assertThat(countBy(set, true, BlindItem::sentiment)).isEqualTo(counts(sentiment, "positive", "negative",
                "neutral"));
        assertThat(countBy(set, true, BlindItem::frame)).isEqualTo(counts(frame, "none", "forefront", "lagging"));
        // Off-territory items carry no portrayal: neutral, no pillar, no frame.
        assertThat(set.items()).filteredOn(i -> !i.relevant()).allSatisfy(i -> {
            assertThat(i.sentiment()).isEqualTo("neutral");
            assertThat(i.pillars()).isEmpty();
            assertThat(i.frame()).isEqualTo("none");
        });
        String prefix = "b" + folder.substring("blind".length()) + "-";
        assertThat(set.items()).allSatisfy(i -> {
            assertThat(i.id()).matches(prefix + "\\d{3}");
            assertThat(i.title()).isNotBlank().doesNotContain("|");
            assertThat(i.lead()).doesNotContain("|");
            assertThat(i.outlet()).isNotBlank();
        });
        // Shuffled: the ids carry no language order.
        assertThat(set.items().subList(0, 40)).extracting(BlindItem::lang).contains("fr", "en", "es", "it", "de");
    }

    private static Map<String, Long> countBy(BlindSet set, boolean relevantOnly,
                                             java.util.function.Function<BlindItem, String> key) {
        return set.items().stream().filter(i -> !relevantOnly || i.relevant())
                .collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static Map<String, Long> byLanguage(String slashed) {
        return counts(slashed, "fr", "en", "es", "it", "de");
    }

    private static Map<String, Long> counts(String slashed, String... keys) {
        String[] values = slashed.strip().split("/");
        Map<String, Long> out = new java.util.HashMap<>();
        for (int k = 0; k < keys.length; k++) {
            long v = Long.parseLong(values[k].strip());
            if (v > 0) {
                out.put(keys[k], v);
            }
        }
        return out;
    }
}
