package io.vigie.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PortrayalFeaturesTest {

    @Test
    void foldsAccentsAndCaseSoThatLanguagesShareSpellings() {
        assertThat(PortrayalFeatures.fold("Éblouissante")).isEqualTo("eblouissante");
        assertThat(PortrayalFeatures.fold("Città")).isEqualTo("citta");
        assertThat(PortrayalFeatures.fold("Straße")).isEqualTo("straße");
        assertThat(PortrayalFeatures.words("L'Estaque séduit", "fr")).containsExactly("l", "estaque", "seduit");
    }

    @Test
    void extractsUnigramsBigramsAndCharacterGramsEachScaledToUnitLength() {
        Map<String, Double> f = PortrayalFeatures.extract("fr", "Marseille séduit", null, null);
        assertThat(f).containsKeys("w:marseille", "w:seduit", "b:marseille_seduit", "c:<mar", "c:uit>", "lang:fr");
        assertThat(f.get("w:seduit")).isCloseTo(1 / Math.sqrt(2), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(f.get("b:marseille_seduit")).isEqualTo(1.0);
        double gramNorm = f.entrySet().stream().filter(e -> e.getKey().startsWith("c:"))
                .mapToDouble(e -> e.getValue() * e.getValue()).sum();
        assertThat(gramNorm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(f.keySet()).noneMatch(k -> k.startsWith("rule:"));
    }

    @Test
    void readsTheRulesVerdictOnlyWhenGivenAndClampsIt() {
        Map<String, Double> f = PortrayalFeatures.extract("en", "Marseille", "A quiet day.",
                new PortrayalFeatures.RuleView("positive", 0.9, -0.1));
        assertThat(f).containsEntry("rule:positive", 1.0).containsEntry("rule:score", 1.0);
        assertThat(f.get("rule:tone")).isCloseTo(-0.3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void emptyTextGivesOnlyTheLanguage() {
        assertThat(PortrayalFeatures.extract("de", null, null, null)).containsOnlyKeys("lang:de");
    }
}
