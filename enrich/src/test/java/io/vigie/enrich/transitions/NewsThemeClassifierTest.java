package io.vigie.enrich.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.model.Territory;
import io.vigie.model.Transitions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewsThemeClassifierTest {
    private static final TransitionsClassifier CLASSIFIER = TransitionsClassifier.withDefaults();
    private static final Territory RELEVANT = new Territory(true, 0.9, List.of(), List.of(), List.of());

    private static Transitions classify(String title, String text, String lang) {
        return CLASSIFIER.classify(title, text, lang, RELEVANT);
    }

    @Test
    void topicsVoteForTheirBroadThemes() {
        Transitions t = classify("Fos-sur-Mer, futur leader de l'hydrogène vert",
                "Des électrolyseurs géants doivent décarboner la sidérurgie.", "fr");
        assertThat(t.themes()).contains("environment", "economy").doesNotContain("other");
        assertThat(t.evidence()).anySatisfy(e -> assertThat(e).isEqualTo("news:environment topic hydrogen"));
        assertThat(classify("Marseille prolonge son tramway", "La ligne T3 ira jusqu'à la Gaye.", "fr").themes())
                .containsExactly("transport");
        assertThat(classify("Narcotrafic : une fusillade mortelle à Marseille", "Un homme a été tué par balles.",
                "fr").themes()).containsExactly("security");
    }

    @Test
    void themesWithoutATransitionTopicHaveTheirOwnCuesInEveryLanguage() {
        assertThat(classify("L'OM s'impose face à Lens au Vélodrome", "Les Olympiens remontent au classement.", "fr")
                .themes()).containsExactly("sport");
        assertThat(classify("Olympique de Marseille appoint new head coach", "The club confirmed the deal.", "en")
                .themes()).containsExactly("sport");
        assertThat(classify("Elecciones municipales en Marsella", "Los candidatos se disputan la alcaldía.", "es")
                .themes()).containsExactly("politics");
        assertThat(classify("Marsiglia, al Mucem una nuova mostra", "L'esposizione apre a maggio.", "it")
                .themes()).containsExactly("culture");
        Transitions de = classify("Reisetipps: Ein Wochenende in Marseille", "Die Altstadt lockt mit engen Gassen.", "de");
        assertThat(de.themes()).containsExactly("tourism");
        assertThat(de.pillars()).isEmpty();
        assertThat(de.evidence()).anySatisfy(e -> assertThat(e).startsWith("news:tourism").contains("Reisetipps"));
    }

    @Test
    void severalThemesAtOnce() {
        Transitions t = classify("Le Premier ministre à Marseille pour parler de sécurité",
                "Il doit annoncer des renforts de policiers et rencontrer les élus.", "fr");
        assertThat(t.themes()).containsExactlyInAnyOrder("politics", "security");
    }

    @Test
    void otherOnlyWhenNothingElseApplies() {
        long before = CLASSIFIER.counters().snapshot().get("transitions_news_theme_other");
        Transitions lotto = classify("Loto : un habitant d'Aubagne remporte 17 millions", "Il a joué au bureau de tabac.", "fr");
        assertThat(lotto.themes()).containsExactly("other");
        assertThat(lotto.evidence()).anySatisfy(e -> assertThat(e).startsWith("news:other"));
        assertThat(CLASSIFIER.counters().snapshot().get("transitions_news_theme_other")).isGreaterThan(before);
        Transitions empty = CLASSIFIER.classify(null, null, null, RELEVANT);
        assertThat(empty.themes()).containsExactly("other");
        assertThat(classify("L'OM gagne", "Victoire au Vélodrome en Ligue 1.", "fr").themes()).doesNotContain("other");
    }

    /** Tourism is economy only when the text also talks traffic or money, not for a travel guide. */
    @Test
    void weakVoteNeedsASecondCue() {
        assertThat(classify("Kreuzfahrtboom in Marseille", "Die Stadt erwartet zwei Millionen Passagiere.", "de").themes())
                .contains("tourism", "economy");
        assertThat(classify("Que voir à Marseille", "Du Vieux-Port à Notre-Dame de la Garde, nos idées.", "fr").themes())
                .containsExactly("tourism");
    }

    @Test
    void everyThemeIsInTheIssueVocabulary() {
        for (String title : List.of("Marseille : la tech et la recherche en intelligence artificielle",
                "Festival d'Aix : une saison lyrique", "Marathon de Marseille", "Chômage en baisse à Marseille")) {
            assertThat(NewsThemes.ALL).containsAll(classify(title, "", "fr").themes());
        }
        assertThat(NewsThemes.ALL).hasSize(11).contains("research-innovation", "other");
    }

    @Test
    void badMappingFilesAreClearErrors() {
        Set<String> topics = CLASSIFIER.vocabulary().ids();
        Set<String> themes = Set.copyOf(NewsThemes.ALL);
        assertThatThrownBy(() -> NewsThemeClassifier.loadMapping("/transitions-bad/news-unknown-theme.tsv", topics, themes))
                .hasMessageContaining("line 1").hasMessageContaining("weather");
        assertThatThrownBy(() -> NewsThemeClassifier.loadMapping("/transitions-bad/news-unknown-topic.tsv", topics, themes))
                .hasMessageContaining("line 1").hasMessageContaining("fusion");
        assertThatThrownBy(() -> NewsThemeClassifier.loadMapping("/transitions-bad/news-bad-weight.tsv", topics, themes))
                .hasMessageContaining("line 1").hasMessageContaining("lots");
        assertThatThrownBy(() -> NewsThemeClassifier.loadMapping("/transitions-bad/nope.tsv", topics, themes))
                .hasMessageContaining("nope.tsv");
    }

    @Test
    void everyTopicHasAMapping() {
        Set<String> themes = Set.copyOf(NewsThemes.ALL);
        assertThat(NewsThemeClassifier.loadMapping(NewsThemeClassifier.MAPPING, CLASSIFIER.vocabulary().ids(), themes)
                .keySet()).containsExactlyInAnyOrderElementsOf(CLASSIFIER.vocabulary().ids());
    }
}
