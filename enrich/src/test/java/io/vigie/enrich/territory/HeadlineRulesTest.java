package io.vigie.enrich.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules for bare headlines (title only, repeated as the text the way a feed delivers it, no language): sport
 * between two cities, a club named alone, another city leading the sentence, competitors' lists, homonyms
 * qualified by a state or a hyphenated compound, datelines, dishes. Wordings are not from any eval set.
 */
class HeadlineRulesTest {
    private static final TerritoryRecognizer RECOGNIZER = TerritoryRecognizer.withDefaults();

    private static TerritoryAnnotation headline(String title) {
        return RECOGNIZER.annotate(title, title, null, null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Marseille cède à Angers dans le temps additionnel (2-1)             | false | opponent
            Marseille edge past Lorient thanks to late penalty                  | false | opponent
            Il Marsiglia cade a Lens e scivola al quarto posto                   | false | opponent
            OM : Luis Henrique file vers un autre club                           | false | club-only
            L'OM en quête d'un nouveau directeur sportif                         | false | club-only
            Le FC Lorient renverse Marseille au Moustoir                         | false | club-only
            L'OM racheté par un fonds saoudien ? Le club dément                  | true  | territory angle
            Heurts entre supporters de l'OM et policiers à Lens                  | true  | territory angle
            Marseille : le maire inaugure une piscine au Merlan                  | true  | commune Marseille
            """)
    void sportBetweenTwoCitiesOrAClubAloneIsAResult(String title, boolean relevant, String evidence) {
        TerritoryAnnotation a = headline(title);
        assertThat(a.relevant()).as("%s -> %s", title, a.evidence()).isEqualTo(relevant);
        assertThat(String.join(" ", a.evidence())).contains(evidence);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Bordeaux wants a tram network as dense as Marseille's                          | false | outside the territory that the sentence is about
            Montpellier ouvre un musée de la mer, sur le modèle de Marseille              | false | outside the territory that the sentence is about
            Marseille ouvre un musée de la mer, sur le modèle de Montpellier              | true  | commune Marseille
            Hapag-Lloyd, Maersk e CMA CGM alzano i noli verso l'Asia                       | false | listed among its competitors
            CMA CGM rachète un armateur brésilien                                          | true  | entity CMA CGM
            Marseille, Kentucky, mourns its sheriff                                        | false | another place of that name: Marseille (Kentucky)
            Aix-sur-Vienne : la foire aux bestiaux annulée                                 | false | part of a longer place name
            Charleval : la mairie lance une consultation sur le centre du village          | true  | commune Charleval
            Rognes : un feu de broussailles maîtrisé                                       | true  | commune Rognes
            Aix : les agressions en hausse                                                 | false | no territory context for: Aix
            Recette facile : la soupe de poissons marseillaise                             | false | a dish or product
            Il tarot de Marsella y sus arcanos mayores                                     | false | false friend
            """)
    void passingMentionsHomonymsAndDatelines(String title, boolean relevant, String evidence) {
        TerritoryAnnotation a = headline(title);
        assertThat(a.relevant()).as("%s -> %s", title, a.evidence()).isEqualTo(relevant);
        assertThat(String.join(" | ", a.evidence())).contains(evidence);
    }

    @Test
    void aHeadlineRepeatedAsTheTextCountsOnce() {
        assertThat(RawContext.withoutEchoedTitle("Marseille : le port recrute", " Marseille : le port recrute ")).isEmpty();
        assertThat(RawContext.withoutEchoedTitle("Marseille", "Marseille\n\nLe port recrute.")).isEqualTo("Marseille\n\nLe port recrute.");
        assertThat(RawContext.withoutEchoedTitle(null, "texte")).isEqualTo("texte");
        assertThat(RawContext.withoutEchoedTitle("titre", null)).isEmpty();
        assertThat(headline("Marseille : le port recrute").relevance())
                .isEqualTo(RECOGNIZER.annotate("Marseille : le port recrute", "", null, null).relevance());
    }

    @Test
    void rawContextReadsDatelinesAndCompounds() {
        List<Token> tokens = Tokenizer.tokenize("Cassis : la plage rouvre", Section.TITLE);
        assertThat(RawContext.dateline("Cassis : la plage rouvre", tokens.get(0), tokens.get(0))).isTrue();
        assertThat(RawContext.dateline("Cassis – la plage rouvre", tokens.get(0), tokens.get(0))).isTrue();
        assertThat(RawContext.dateline("Cassis rouvre sa plage", tokens.get(0), tokens.get(0))).isFalse();
        List<Token> later = Tokenizer.tokenize("Visite à Cassis : la plage", Section.TITLE);
        assertThat(RawContext.dateline("Visite à Cassis : la plage", later.get(2), later.get(2))).isFalse();
        List<Token> compound = Tokenizer.tokenize("Marseille-lès-Aubigny", Section.TITLE);
        assertThat(RawContext.compoundElsewhere("Marseille-lès-Aubigny", compound.get(0))).isTrue();
        List<Token> airport = Tokenizer.tokenize("Marseille-Provence", Section.TITLE);
        assertThat(RawContext.compoundElsewhere("Marseille-Provence", airport.get(0))).isFalse();
    }

    @Test
    void aLeadStillRescuesAHeadlineLedByAnotherCity() {
        TerritoryAnnotation a = RECOGNIZER.annotate("Lyon copie le plan vélo de Marseille",
                "La métropole Aix-Marseille-Provence a réservé 100 millions d'euros aux pistes cyclables de Marseille.",
                "fr", null);
        assertThat(a.relevant()).as("%s", a.evidence()).isTrue();
    }
}
