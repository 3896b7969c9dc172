package io.vigie.enrich.sentiment.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerritorySentimentSetTest {

    @Test
    void theNeutralBoundarySetsLoadInFiveLanguages() {
        assertThat(TerritorySentimentSet.dev2()).hasSize(120);
        assertThat(TerritorySentimentSet.dev2Check()).hasSize(60)
                .extracting(LabeledSnippet::language).containsOnly("fr", "en", "es", "it", "de");
    }

    @Test
    void aRowWithAnUnknownLabelFailsNamingTheLine() {
        byte[] bad = "id\tlang\tlabel\ttitle\ttext\nx-1\tfr\tmixed\tT\tB\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TerritorySentimentSet.parse("bad.tsv", bad))
                .hasMessageContaining("bad.tsv line 2").hasMessageContaining("mixed");
    }
}
