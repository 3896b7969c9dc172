package io.vigie.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.enrich.Mentions;
import io.vigie.model.RawMention;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionInputTest {

    @Test
    void joinsTitleDescriptionAndTextAndBoundsTheLength() {
        RawMention base = Mentions.mention("x", "Titre", "corps ".repeat(1000), List.of("fr-FR"));
        RawMention mention = new RawMention(base.schemaVersion(), base.id(), base.url(), base.canonicalUrl(),
                base.title(), base.text(), base.textSource(), base.published(), base.modified(), base.firstSeen(),
                base.authors(), base.languageHints(), base.siteName(), "Chapô", base.image(), base.fingerprint(),
                new SourceRef("s", "S", "feed", null, "FR", "fr", SourceTier.LOCAL, 1));

        DetectionInput input = DetectionInput.of(mention, 200);

        assertThat(input.text()).startsWith("Titre\nChapô\ncorps corps").hasSize(200);
        assertThat(input.hints()).containsExactly("fr-FR", "fr");
    }

    @Test
    void missingPartsAreSkipped() {
        DetectionInput input = DetectionInput.of(Mentions.mention("y", null, "  Texte seul  ", List.of()), 2000);

        assertThat(input.text()).isEqualTo("Texte seul");
        assertThat(input.hints()).isEmpty();
    }
}
