package io.vigie.enrich.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerritoryRecognizerTest {
    private static final TerritoryRecognizer RECOGNIZER = TerritoryRecognizer.withDefaults();

    private static TerritoryAnnotation annotate(String title, String text, String lang) {
        return RECOGNIZER.annotate(title, text, lang, null);
    }

    private static List<String> inseeCodes(TerritoryAnnotation a) {
        return a.places().stream().map(PlaceMention::inseeCode).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Conseil municipal à Aix-en-Provence                       | 13001
            Le maire d'Aubagne a parlé                                 | 13005
            Réunion à Salon-de-Provence hier                           | 13103
            Fête à Saint-Mitre-les-Remparts                            | 13098
            Travaux à SAINT MITRE LES REMPARTS                         | 13098
            Accident à Berre-l'Étang                                   | 13014
            Accident à Berre l'Etang                                   | 13014
            Les habitants du Tholonet protestent                       | 13109
            Port-Saint-Louis-du-Rhône inaugure son quai                | 13078
            Wildfire near Marseilles                                   | 13055
            Incendio a Marsiglia                                       | 13055
            Tiroteo en Marsella                                        | 13055
            Incêndio em Marselha                                       | 13055
            Marsilya'da yangın                                         | 13055
            Protest in Marseille's 13th arrondissement                 | 13055
            Drame dans le 14e arrondissement de Marseille              | 13214
            Fusillade à Belsunce, Marseille                            | 13201
            Incendie à l'Estaque                                       | 13216
            Vivre a Marsiglia, dell'Estaque si parla poco              | 13055
            """)
    void recognisesPlaces(String title, String insee) {
        assertThat(inseeCodes(annotate(title, "", "fr"))).contains(insee);
    }

    @Test
    void placesCarryCoordinatesWhereKnownAndNullOtherwise() {
        TerritoryAnnotation a = annotate("Aubagne et Saint-Antonin-sur-Bayon", "Aubagne encore.", "fr");
        PlaceMention aubagne = a.places().get(0);
        assertThat(aubagne.name()).isEqualTo("Aubagne");
        assertThat(aubagne.mentionCount()).isEqualTo(2);
        assertThat(aubagne.lat()).isEqualTo(43.29276);
        assertThat(aubagne.lon()).isEqualTo(5.57067);
        assertThat(a.places().get(1).inseeCode()).isEqualTo("13090");
        assertThat(a.places().get(1).lat()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CMA CGM annonce des investissements          | CMA CGM
            Aix-Marseille Université recrute             | Aix-Marseille Université
            Le Grand Port Maritime de Marseille recrute  | Grand Port Maritime de Marseille
            ITER delays again                            | ITER
            Airbus Helicopters cuts jobs                 | Airbus Helicopters
            Le Mucem bat son record                      | MuCEM
            Les Calanques prises d'assaut                | Parc national des Calanques
            Euroméditerranée lance un appel d'offres     | Euroméditerranée
            """)
    void entitiesMakeATextRelevantWithoutACommune(String title, String entity) {
        TerritoryAnnotation a = annotate(title, "", "fr");
        assertThat(a.entities()).extracting(EntityMention::name).contains(entity);
        assertThat(a.relevant()).isTrue();
    }

    /** Each row: a disambiguation case, the expected decision, and a piece of the expected evidence. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ligue 1 : l'OM s'impose 3-1 face à Lens | Greenwood a inscrit un doublé et Marseille remonte au classement. | fr | false | club-only football report
            Violences après OM-PSG | Des affrontements entre supporters et policiers ont éclaté sur le Vieux-Port de Marseille. | fr | true | club Olympique de Marseille
            L'OM cherche un repreneur | Le club pèse 150 millions d'euros de chiffre d'affaires et des emplois à Marseille. | fr | true | club Olympique de Marseille
            La Marseillaise sifflée | L'hymne national a été hué au Stade de France. | fr | false | false friend: La Marseillaise
            Le savon de Marseille veut son IGP | Les fabricants dénoncent les imitations. | fr | false | false friend: savon de Marseille
            Aix-les-Bains : le lac envahi | La ville savoyarde nettoie ses plages. | fr | false | false friend: Aix les Bains
            Aachen feiert | Aix-la-Chapelle ehrt Karl den Großen in Aix. | de | false | another Aix
            Sorbet au cassis | Mixez 500 g de cassis surgelés. | fr | false | common word: cassis
            Crème de Cassis de Bourgogne | Un kir pour l'apéritif. | fr | false | false friend
            Cassis : les calanques fermées | Les massifs de Marseille et Cassis sont interdits. | fr | true | commune Cassis
            Cassis ferme ses plages | La commune balnéaire est saturée. | fr | false | no territory context for: Cassis
            Rognes et colères | Les paysans disent leur rogne. | fr | false | no territory context for: Rognes
            Pertuis d'Antioche : un voilier secouru | La SNSM de La Rochelle intervient. | fr | false | false friend: Pertuis d Antioche
            Pertuis : le marché provençal | La commune de la métropole Aix-Marseille-Provence attire du monde. | fr | true | commune Pertuis
            Vitrolles (Hautes-Alpes) inaugure sa mairie | La commune près de Gap investit. | fr | false | homonym elsewhere in France
            Incendie à Vitrolles | Les pompiers des Bouches-du-Rhône sont mobilisés. | fr | true | commune Vitrolles
            Charleval (Eure) : une usine ferme | Les salariés normands sont sous le choc. | fr | false | homonym
            Grans and grandpas | More grandparents look after children. | en | false | no territory context for: Grans
            Nous aurons des résultats | Le ministre promet des annonces. | fr | false | common word: aurons
            Les rosés de Provence | Les vignerons misent sur l'export. | fr | false | 
            Aix : le cours Mirabeau piéton | La municipalité aixoise veut réduire la circulation. | fr | true | commune Aix-en-Provence
            Grève : des cortèges dans toute la France | À Paris, Lyon, Marseille et Toulouse, les manifestants ont défilé. | fr | false | in a list with cities outside the territory: Marseille
            Élection : les sondages selon La Provence | Les instituts placent le RN en tête. | fr | false | media La Provence
            Le journal La Provence supprime 30 postes | Le quotidien régional réorganise sa rédaction. | fr | true | media subject La Provence
            Euroméditerranée : la tour La Marseillaise occupée | L'immeuble de Jean Nouvel accueille 2 500 salariés. | fr | true | entity Tour La Marseillaise
            Série : Marseille de Netflix revient | Une saison 3 est évoquée. | fr | false | false friend
            Ligue 1 : Marseille bat Lyon 2-1 au Vélodrome | Les Olympiens ont marqué en fin de match, le stade a été le théâtre de violences entre supporters. | fr | true | territory angle: violences
            Paris soap fair | OM is the sound of the universe, says the om-chanting guru. | en | false | 
            """)
    void disambiguates(String title, String text, String lang, boolean relevant, String evidence) {
        TerritoryAnnotation a = annotate(title, text, lang);
        assertThat(a.relevant()).as("%s -> %s", title, a.evidence()).isEqualTo(relevant);
        if (evidence != null) {
            assertThat(String.join(" | ", a.evidence())).containsIgnoringCase(evidence);
        }
    }

    @Test
    void titleWeighsMoreThanBodyAndLongBodiesDilute() {
        String filler = "La réunion a porté sur le budget national et la fiscalité des ménages. ".repeat(30);
        double inTitle = annotate("Aubagne vote son budget", filler, "fr").relevance();
        double inLead = annotate("Budget voté", "Aubagne a voté son budget. " + filler, "fr").relevance();
        double deepInBody = annotate("Budget voté", filler + " Aubagne aussi.", "fr").relevance();
        assertThat(inTitle).isGreaterThan(inLead);
        assertThat(inLead).isGreaterThan(deepInBody);
        assertThat(deepInBody).isLessThan(0.5);
        assertThat(inLead).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void localSourceAloneIsNotEnough() {
        TerritoryAnnotation a = RECOGNIZER.annotate("Réforme des retraites adoptée", "Le Sénat vote le texte.", "fr", "laprovence.com");
        assertThat(a.relevant()).isFalse();
        assertThat(a.relevance()).isGreaterThan(0);
        assertThat(a.evidence()).anyMatch(e -> e.startsWith("local source"));
    }

    @Test
    void emptyAndNullInputsAreNotRelevant() {
        assertThat(RECOGNIZER.annotate(null, null, null, null).relevant()).isFalse();
        assertThat(RECOGNIZER.annotate("", "", "fr", "").relevance()).isZero();
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        TerritoryAnnotation expected = annotate("Marseille : incendie à l'Estaque", "Les pompiers de Marseille interviennent.", "fr");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<TerritoryAnnotation>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> annotate("Marseille : incendie à l'Estaque", "Les pompiers de Marseille interviennent.", "fr")));
            }
            for (Future<TerritoryAnnotation> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void settingsAreValidated() {
        TerritorySettings d = TerritorySettings.defaults();
        assertThatThrownBy(() -> new TerritorySettings(1.5, 2, 1.2, 0.8, 80, 0.25, 0.3, 0.3, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new TerritorySettings(0.5, 2, 1.2, 0.8, 80, 0.25, 0.3, 1.0, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("localSourcePrior");
        assertThatThrownBy(() -> new TerritorySettings(0.5, 0, 1.2, 0.8, 80, 0.25, 0.3, 0.3, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("titleWeight");
        assertThat(d.threshold()).isEqualTo(0.5);
    }

    @Test
    void gazetteerCoversTheWholeMetropolis() {
        // every one of the 92 communes is found by its official name
        for (String[] row : Gazetteer.csv("amp_communes.csv", 7)) {
            TerritoryAnnotation a = annotate("Conseil municipal de " + row[0], "Réunion à Marseille.", "fr");
            assertThat(inseeCodes(a)).as(row[0]).contains(row[1]);
        }
        for (String[] row : Gazetteer.csv("marseille_quartiers.csv", 4)) {
            TerritoryAnnotation a = annotate("Quartier " + row[0], "Un reportage à Marseille.", "fr");
            assertThat(inseeCodes(a)).as(row[0]).contains(row[2]);
        }
    }
}
