package io.vigie.enrich.eval.blind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlindSetTest {

    @Test
    void parsesLabelsAndKeepsPipesInTheLead() {
        List<BlindItem> items = BlindSet.parse("""
                # header
                fr-001|fr|true|neg|soc,env|lagging|Le Monde|Titre|Un chapô avec un | au milieu.
                en-001|en|false|neu|-|none|BBC|Headline|
                """, "test");

        assertThat(items).hasSize(2);
        BlindItem first = items.get(0);
        assertThat(first.relevant()).isTrue();
        assertThat(first.sentiment()).isEqualTo("negative");
        assertThat(first.pillars()).isEqualTo(Set.of("social", "environmental"));
        assertThat(first.frame()).isEqualTo("lagging");
        assertThat(first.lead()).isEqualTo("Un chapô avec un | au milieu.");
        assertThat(items.get(1).lead()).isEmpty();
        assertThat(items.get(1).wordCount()).isEqualTo(1);
    }

    @Test
    void badLineIsReportedWithSourceAndLineNumber() {
        assertThatThrownBy(() -> BlindSet.parse("fr-001|fr|true|neg|-|none|X|T|L\nfr-002|fr|maybe|neg|-|none|X|T|L\n",
                "items.psv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("items.psv line 2")
                .hasMessageContaining("relevant must be true or false");
        assertThatThrownBy(() -> BlindSet.parse("fr-001|fr|true|neg|-|none|X|T|L\nfr-001|fr|true|neg|-|none|X|T|L\n",
                "items.psv"))
                .hasMessageContaining("duplicate id fr-001");
        assertThatThrownBy(() -> BlindSet.parse("fr-001|fr|true|neg|eco,xyz|none|X|T|L\n", "items.psv"))
                .hasMessageContaining("unknown pillar code xyz");
    }

    @Test
    void mentionLooksLikeAFeedItemWithoutLanguageHints() {
        BlindItem item = BlindSet.parse("de-001|de|true|neg|-|none|Der Spiegel|Titel|Ein Vorspann.\n", "t").get(0);

        var mention = BlindEval.toMention(item);

        assertThat(mention.languageHints()).isEmpty();
        assertThat(mention.source().language()).isNull();
        assertThat(mention.text()).isEqualTo("Titel\n\nEin Vorspann.");
        assertThat(mention.title()).isEqualTo("Titel");
    }
}
