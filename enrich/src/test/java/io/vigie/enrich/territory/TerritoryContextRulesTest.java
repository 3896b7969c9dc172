package io.vigie.enrich.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Context rules added after the third and fourth blind sets became dev sets: what vouches for an ambiguous name
 * besides another territory name (a local company or the department, a common-word commune opening a headline,
 * a sports angle for the stadium), and the readings that take a name elsewhere (a landmark of another city, a
 * style, a street or a hotel named after the city, a region of a homonym). Wordings are not from any eval set.
 */
class TerritoryContextRulesTest {
    private static final TerritoryRecognizer RECOGNIZER = TerritoryRecognizer.withDefaults();

    private static TerritoryAnnotation headline(String title) {
        return RECOGNIZER.annotate(title, title, null, null);
    }

    private static void check(String title, boolean relevant, String evidence) {
        TerritoryAnnotation a = headline(title);
        assertThat(a.relevant()).as("%s -> %s", title, a.evidence()).isEqualTo(relevant);
        assertThat(String.join(" | ", a.evidence())).as(title).contains(evidence);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            STMicroelectronics recrute 200 techniciens pour son site de Rousset          | true  | commune Rousset
            Neuer Reinraum: STMicro investiert in Rousset                                | true  | commune Rousset
            Incendie à Trets (Bouches-du-Rhône) : trois hectares brûlés                   | true  | commune Trets
            Un essai de Jean Rousset sur le baroque réédité                               | false | surname
            Trets : un marché paysan tous les samedis sur le cours                       | true  | commune Trets
            Pertuis : la piscine couverte fermée pour travaux                            | true  | commune Pertuis
            Cassis : la liqueur qui revient dans les bars à cocktails                    | false | no territory context for: Cassis
            Cassis : pourquoi le cassis coûte plus cher cette année                      | false | no territory context for: Cassis
            Rognes : les viticulteurs bourguignons face au gel                            | false | no territory context for: Rognes
            Aix : la circulation perturbée                                               | false | no territory context for: Aix
            """)
    void anchorsAndCommonWordDatelines(String title, boolean relevant, String evidence) {
        check(title, relevant, evidence);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ultras interpellés après des heurts autour du Vélodrome                      | true  | entity Orange Vélodrome
            Scontri fuori dal Vélodrome, tre arresti                                      | true  | entity Orange Vélodrome
            Le Vélodrome de Roubaix accueille les championnats de piste                  | false | no territory context for: Vélodrome
            L'aciérie de Fos-sur-Mer passe au four électrique                             | true  | Fos
            Aix-d'Angillon : la mairie rénove l'église                                    | false | part of a longer place name
            """)
    void venuesAndCompounds(String title, boolean relevant, String evidence) {
        check(title, relevant, evidence);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Montréal : le Vieux-Port ouvre sa patinoire                                   | false | a landmark of the city the sentence is about
            Le Vieux-Port de Québec illuminé pour Noël                                    | false | landform elsewhere
            Le Vieux-Port piétonnisé pour l'été                                           | true  | entity Vieux-Port
            Brooklyn bistro serves Marseille-style seafood stew                           | false | a style named after it
            Hamburg: Neue Radwege in der Marseiller Straße                                | false | street name
            El hotel Marsella de Gijón cambia de dueños                                   | false | business named after it
            Marsella (Risaralda) inaugura un parque ecológico                             | false | another place of that name
            Il Marsiglia vince a Nizza e sale al terzo posto                              | false | club-only
            """)
    void namesThatPointElsewhere(String title, boolean relevant, String evidence) {
        check(title, relevant, evidence);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Une exposition au camp des Milles sur les Justes                              | true  | Site-mémorial du camp des Milles
            Nouvelle saison au théâtre de la Criée                                        | true  | La Criée
            Campus de Luminy : un laboratoire d'immunologie primé                         | true  | Campus de Luminy
            Cité Kalliste : les premiers relogements                                      | true  | Parc Kalliste
            Neue Verbindung vom Flughafen Marseille nach Hamburg                          | true  | Aéroport Marseille Provence
            Joliette : un nouvel aréna pour le hockey mineur                              | false | no territory context for: Joliette
            """)
    void venuesCampusesAndEstates(String title, boolean relevant, String evidence) {
        check(title, relevant, evidence);
    }
}
