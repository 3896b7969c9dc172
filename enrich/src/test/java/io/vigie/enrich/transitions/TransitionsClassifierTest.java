package io.vigie.enrich.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.model.Territory;
import io.vigie.model.Transitions;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionsClassifierTest {
    private static final TransitionsClassifier CLASSIFIER = TransitionsClassifier.withDefaults();
    private static final Territory RELEVANT = new Territory(true, 0.9, List.of(), List.of(), List.of());
    private static final Territory NOT_RELEVANT = new Territory(false, 0.1, List.of(), List.of(), List.of());

    @Test
    void frenchPioneerStoryIsEnvironmentalAndForefront() {
        Transitions t = CLASSIFIER.classify("Marseille, pionnière de l'éolien flottant en Méditerranée",
                "Les premières éoliennes flottantes produisent de l'électricité au large de Fos-sur-Mer.", "fr", RELEVANT);
        assertThat(t.pillars()).contains("environmental");
        assertThat(t.topics()).contains("offshore_wind");
        assertThat(t.frame()).isEqualTo(Transitions.FOREFRONT);
        assertThat(t.evidence()).anySatisfy(e -> assertThat(e).startsWith("frame:forefront").contains("pionnière"));
    }

    @Test
    void laggingInEveryLanguage() {
        assertThat(CLASSIFIER.classify("Logement insalubre : Marseille à la traîne",
                "Des milliers de logements restent dangereux.", "fr", RELEVANT).frame()).isEqualTo(Transitions.LAGGING);
        assertThat(CLASSIFIER.classify("Marseille lags behind on public transport",
                "The city has only two metro lines.", "en", RELEVANT).frame()).isEqualTo(Transitions.LAGGING);
        assertThat(CLASSIFIER.classify("Marsella, rezagada en transporte público",
                "La ciudad solo tiene dos líneas de metro.", "es", RELEVANT).frame()).isEqualTo(Transitions.LAGGING);
        assertThat(CLASSIFIER.classify("Marsiglia in ritardo sul trasporto pubblico",
                "La città ha solo due linee di metropolitana.", "it", RELEVANT).frame()).isEqualTo(Transitions.LAGGING);
        assertThat(CLASSIFIER.classify("Marseille hinkt beim Nahverkehr hinterher",
                "Die Stadt hat nur zwei U-Bahn-Linien.", "de", RELEVANT).frame()).isEqualTo(Transitions.LAGGING);
    }

    @Test
    void germanCompoundsAreMatched() {
        Transitions t = CLASSIFIER.classify("Wasserstoffprojekt in Fos-sur-Mer",
                "Ein Elektrolyseur soll das Stahlwerk dekarbonisieren.", "de", RELEVANT);
        assertThat(t.topics()).contains("hydrogen");
        assertThat(t.pillars()).containsExactly("economic", "environmental");
        Transitions both = CLASSIFIER.classify("Wasserstoff und Dekarbonisierung in Fos-sur-Mer",
                "Ein Elektrolyseur soll das Stahlwerk dekarbonisieren.", "de", RELEVANT);
        assertThat(both.topics()).contains("hydrogen", "industry_decarbonisation");
    }

    @Test
    void negatedCueDoesNotCount() {
        Transitions t = CLASSIFIER.classify("Tramway : Marseille n'est plus en retard",
                "La ville a ouvert trois lignes de tramway.", "fr", RELEVANT);
        assertThat(t.pillars()).contains("environmental");
        assertThat(t.frame()).isNotEqualTo(Transitions.LAGGING);
        assertThat(t.evidence()).anySatisfy(e -> assertThat(e).startsWith("negated:lagging"));
    }

    @Test
    void noFrameWhenTheTerritoryIsNotTheSubjectOrUnknown() {
        String title = "Lyon, pionnière du logement social";
        String text = "La métropole lyonnaise construit des logements sociaux à un rythme record.";
        assertThat(CLASSIFIER.classify(title, text, "fr", NOT_RELEVANT).frame()).isNull();
        assertThat(CLASSIFIER.classify(title, text, "fr", null).frame()).isNull();
        assertThat(CLASSIFIER.classify(title, text, "fr", NOT_RELEVANT).pillars()).containsExactly("social");
    }

    @Test
    void noFrameWithoutAPillar() {
        Transitions t = CLASSIFIER.classify("L'OM, leader de Ligue 1", "Les Marseillais restent en tête après leur victoire.",
                "fr", RELEVANT);
        assertThat(t.pillars()).isEmpty();
        assertThat(t.frame()).isNull();
    }

    /** "velo*" once matched "Vélodrome": football at the stadium is not a mobility story. */
    @Test
    void stadiumNameIsNotCycling() {
        Transitions t = CLASSIFIER.classify("L'OM s'impose au Vélodrome", "Victoire 2-0 des Marseillais.", "fr", RELEVANT);
        assertThat(t.pillars()).isEmpty();
        assertThat(CLASSIFIER.classify("Marseille, ville du vélo ?", "Les pistes cyclables se multiplient.", "fr",
                RELEVANT).topics()).contains("mobility");
    }

    @Test
    void unknownLanguageUsesEveryLanguagesCues() {
        Transitions t = CLASSIFIER.classify("Marseille: nieuwe tramlijn", "tramway metro", "und", RELEVANT);
        assertThat(t.topics()).contains("mobility");
    }

    @Test
    void emptyTextIsNoTransition() {
        Transitions t = CLASSIFIER.classify(null, null, null, RELEVANT);
        assertThat(t.pillars()).isEmpty();
        assertThat(t.topics()).isEmpty();
        assertThat(t.frame()).isNull();
        assertThat(CLASSIFIER.counters().snapshot()).containsKey("transitions_empty_text");
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new TransitionsSettings(0, 1, 1, 3, true)).hasMessageContaining("themeThreshold");
        assertThatThrownBy(() -> new TransitionsSettings(1, 1, Double.NaN, 3, true)).hasMessageContaining("titleWeight");
        assertThatThrownBy(() -> new TransitionsSettings(1, 1, 1, -1, true)).hasMessageContaining("negationWindow");
        assertThatThrownBy(() -> new TransitionsSettings(1, 1, 1, 3, true, 0, 0.5)).hasMessageContaining("newsThemeThreshold");
        assertThatThrownBy(() -> new TransitionsSettings(1, 1, 1, 3, true, 1, 1.5)).hasMessageContaining("minTopicShare");
        assertThat(new TransitionsSettings(1, 1, 1, 3, true).minTopicShare()).isEqualTo(TransitionsSettings.DEFAULTS.minTopicShare());
    }

    /**
     * A record is not a stance: record heat is one bad event, a company's record profit is not the territory's, and a
     * plain record of visitors or passengers is a figure, not a claim of leading (blind-set guide). Rank claims are.
     */
    @Test
    void aRecordIsNoFrameButARankClaimIs() {
        assertThat(CLASSIFIER.classify("Marseille : chaleur record cet été", "Les températures ont atteint 40 degrés en ville.",
                "fr", RELEVANT).frame()).isNull();
        assertThat(CLASSIFIER.classify("Record heat in Marseille", "Temperatures reached 41C in the city.", "en",
                RELEVANT).frame()).isNull();
        Transitions visitors = CLASSIFIER.classify("Tourisme : Marseille bat son record de fréquentation",
                "La ville a accueilli un nombre record de six millions de visiteurs.", "fr", RELEVANT);
        assertThat(visitors.pillars()).containsExactly("economic");
        assertThat(visitors.frame()).isNull();
        assertThat(CLASSIFIER.classify("La Ciotat, capitale mondiale de la réparation de superyachts", "", "fr",
                RELEVANT).frame()).isEqualTo(Transitions.FOREFRONT);
        assertThat(CLASSIFIER.classify("La Ciotat, líder mundial en la reparación de superyates", "", "es",
                RELEVANT).frame()).isEqualTo(Transitions.FOREFRONT);
        assertThat(CLASSIFIER.classify("La Ciotat, il cantiere dove si riparano i superyacht più grandi del mondo", "", "it",
                RELEVANT).frame()).isEqualTo(Transitions.FOREFRONT);
        assertThat(CLASSIFIER.classify("La Ciotat: Die Werft für die größten Superyachten der Welt", "", "de",
                RELEVANT).frame()).isEqualTo(Transitions.FOREFRONT);
        assertThat(CLASSIFIER.classify("Marseille rolls out Europe's first all-electric harbour shuttle fleet", "", "en",
                RELEVANT).frame()).isEqualTo(Transitions.FOREFRONT);
    }

    /** Structural failure is lagging in every language: decades of inaction, the state looking away, most unequal. */
    @Test
    void structuralFailureIsLagging() {
        assertThat(CLASSIFIER.classify("Fos-sur-Mer : l'air qui rend malade",
                "Les habitants respirent un air pollué et dénoncent des décennies d'inaction.", "fr", RELEVANT).frame())
                .isEqualTo(Transitions.LAGGING);
        assertThat(CLASSIFIER.classify("Marseille is France's most unequal city",
                "Poverty in the northern districts is three times the national rate.", "en", RELEVANT).frame())
                .isEqualTo(Transitions.LAGGING);
        assertThat(CLASSIFIER.classify("Fos-sur-Mer, la ciudad donde respirar enferma",
                "Los vecinos denuncian décadas de inacción de las autoridades.", "es", RELEVANT).frame())
                .isEqualTo(Transitions.LAGGING);
        assertThat(CLASSIFIER.classify("Marsiglia, spiagge chiuse per inquinamento",
                "Per la terza volta la rete fognaria non ha retto alle piogge.", "it", RELEVANT).frame())
                .isEqualTo(Transitions.LAGGING);
        assertThat(CLASSIFIER.classify("Fos-sur-Mer: Die Stadt, in der die Luft krank macht",
                "Die Anwohner werfen dem Staat jahrzehntelanges Versagen vor.", "de", RELEVANT).frame())
                .isEqualTo(Transitions.LAGGING);
    }

    /** A setting is not the subject: drugs seized at the port, pollution from an industrial zone. */
    @Test
    void aBackdropTopicGivesWayToTheSubject() {
        Transitions seizure = CLASSIFIER.classify("French police seize two tonnes of cocaine at Marseille port",
                "Customs officers found the drugs in a container, the largest seizure ever recorded in the port of Marseille.",
                "en", RELEVANT);
        assertThat(seizure.pillars()).containsExactly("social");
        assertThat(seizure.topics()).doesNotContain("port_logistics");
        Transitions ill = CLASSIFIER.classify("Fos-sur-Mer, dove l'aria fa ammalare",
                "Acciaieria e raffinerie: gli abitanti respirano aria inquinata e i tassi di tumori e asma sono elevati.",
                "it", RELEVANT);
        assertThat(ill.pillars()).containsExactlyInAnyOrder("environmental", "social");
        Transitions shipyard = CLASSIFIER.classify("La Ciotat shipyard wins contract to refit 140m superyacht", "", "en",
                RELEVANT);
        assertThat(shipyard.pillars()).containsExactly("economic");
    }

    @Test
    void crowdViolenceAndShootingsAreSecurity() {
        assertThat(CLASSIFIER.classify("OM-PSG : fumigènes et 43 interpellations au Vélodrome", "", "fr", RELEVANT)
                .pillars()).containsExactly("social");
        assertThat(CLASSIFIER.classify("Ausschreitungen im Vélodrome: OM muss zwei Geisterspiele bestreiten", "", "de",
                RELEVANT).pillars()).containsExactly("social");
        assertThat(CLASSIFIER.classify("Marseille fined and ordered to play behind closed doors after crowd trouble",
                "", "en", RELEVANT).frame()).isNull();
    }

    /** "n'ont toujours pas": the negation belongs to the cue, it does not cancel it. */
    @Test
    void aCueThatCarriesItsOwnNegationIsNotNegated() {
        Transitions t = CLASSIFIER.classify("Logement étudiant : Aix-en-Provence, le casse-tête",
                "Les résidences promises n'ont toujours pas ouvert et les loyers flambent.", "fr", RELEVANT);
        assertThat(t.frame()).isEqualTo(Transitions.LAGGING);
        assertThat(t.evidence()).noneMatch(e -> e.startsWith("negated:"));
    }

    /** A frame said of another city does not count unless the title or its own sentence names the territory. */
    @Test
    void frameCueMustBeSaidOfTheTerritory() {
        Territory marseille = new Territory(true, 0.8,
                List.of(new io.vigie.model.Place("Marseille", "13055", 1, null)), List.of(), List.of());
        Transitions other = CLASSIFIER.classify("Plans canicule : les villes du Sud se préparent",
                "Marseille végétalise ses cours d'école. Lyon fait figure de pionnière avec 300 000 arbres plantés.",
                "fr", marseille);
        assertThat(other.topics()).contains("heat_climate");
        assertThat(other.frame()).isNull();
        assertThat(other.evidence()).anySatisfy(e -> assertThat(e).startsWith("off-subject:forefront"));
        Transitions own = CLASSIFIER.classify("Plans canicule : les villes du Sud se préparent",
                "Marseille fait figure de pionnière avec 300 000 arbres plantés contre la chaleur.", "fr", marseille);
        assertThat(own.frame()).isEqualTo(Transitions.FOREFRONT);
        Transitions exonym = CLASSIFIER.classify("Marsella, pionera del tranvía eléctrico", "La ciudad abre una línea.",
                "es", marseille);
        assertThat(exonym.frame()).isEqualTo(Transitions.FOREFRONT);
    }

    /**
     * The headline's subject is the territory when the lead opens on it, and an entity is named by its distinctive
     * word ("el parque de las Calanques" for "Parc national des Calanques"); a later sentence about another city
     * still does not count.
     */
    @Test
    void headlineCuesCountWhenTheLeadOpensOnTheTerritory() {
        Territory marseille = new Territory(true, 0.8,
                List.of(new io.vigie.model.Place("Marseille", "13055", 1, null)), List.of(), List.of());
        Transitions frioul = CLASSIFIER.classify("Frioul : la navette maritime électrique, une première en Méditerranée",
                "Frioul : la navette maritime électrique, une première en Méditerranée\n\nÀ Marseille, la ligne "
                        + "Vieux-Port - Frioul passe au 100 % électrique.", "fr", marseille);
        assertThat(frioul.frame()).isEqualTo(Transitions.FOREFRONT);
        Transitions elsewhere = CLASSIFIER.classify("Tramway : une première en Méditerranée",
                "Le tramway de Barcelone roule sans caténaire. Marseille étudie le projet.", "fr", marseille);
        assertThat(elsewhere.frame()).isNull();
        Territory calanques = new Territory(true, 0.8, List.of(),
                List.of(new io.vigie.model.TerritoryEntity("Parc national des Calanques", "park", "13055", 1)), List.of());
        Transitions park = CLASSIFIER.classify("El parque de las Calanques, pionero en limitar el turismo masivo",
                "Las Calanques imponen reservas en verano para proteger la posidonia y los fondos marinos.", "es",
                calanques);
        assertThat(park.frame()).isEqualTo(Transitions.FOREFRONT);
    }

    /** School yards in a heat story are where the adaptation happens, not an education story. */
    @Test
    void aPassingTopicIsDroppedNextToADominantOne() {
        Transitions t = CLASSIFIER.classify("Canicule : Marseille adapte la ville au changement climatique",
                "Contre les îlots de chaleur, la ville végétalise les cours d'école et plante des arbres.", "fr", RELEVANT);
        assertThat(t.topics()).contains("heat_climate").doesNotContain("education");
        assertThat(t.pillars()).containsExactly("environmental");
    }

    /** The issue's pillars: culture is no pillar on its own; security and drug trafficking are social. */
    @Test
    void pillarsFollowTheIssueDefinitions() {
        ThemeVocabulary v = CLASSIFIER.vocabulary();
        assertThat(v.theme("culture").pillars()).isEmpty();
        assertThat(v.theme("security_drugs").pillars()).containsExactly("social");
        assertThat(v.theme("tourism").pillars()).containsExactly("economic");
        assertThat(v.theme("digital_datacenters").pillars()).containsExactly("economic");
        assertThat(v.theme("mobility").pillars()).containsExactly("environmental");
        assertThat(CLASSIFIER.classify("Le Mucem consacre une exposition aux diasporas", "300 œuvres sont réunies.", "fr",
                RELEVANT).pillars()).isEmpty();
        // car traffic alone is not decarbonised mobility
        assertThat(CLASSIFIER.classify("Embouteillages sur l'A7", "Les voitures ont roulé au pas.", "fr", RELEVANT)
                .pillars()).isEmpty();
    }

    @Test
    void everyThemeMapsToKnownPillarsAndHasCues() {
        ThemeVocabulary v = CLASSIFIER.vocabulary();
        assertThat(v.ids()).hasSizeGreaterThanOrEqualTo(25).contains("hydrogen", "housing", "security_drugs");
        assertThat(v.theme("governance").pillars()).isEmpty();
        assertThat(v.theme("offshore_wind").iptc()).isNotEmpty();
        assertThatThrownBy(() -> v.theme("nope")).hasMessageContaining("nope");
    }
}
