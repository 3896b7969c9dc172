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
            Cassis ferme ses plages | La commune balnéaire est saturée. | fr | true | commune Cassis
            Cassis : la récolte s'annonce maigre | Les producteurs bourguignons craignent le gel. | fr | false | no territory context for: Cassis
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

    /**
     * Error classes of the blind dev run, each checked on new wordings in several languages (none of these
     * rows is a blind item): a name that is not the place, the club behind a city name, a landform or a
     * department named alone, and the designations and context words that vouch for a place.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Jean-Pierre Marseille raccroche les gants | L'ancien champion de boxe guadeloupéen tire sa révérence. | fr | false | not the place (surname): Marseille
            Michael Marseille named chief executive of a Boston startup | Marseille joined the firm in 2019. | en | false | shadowed
            Incendio in via Marsiglia a Torino | I vigili del fuoco sono intervenuti nella notte. | it | false | not the place (street name)
            Avenue de Marseille : les riverains de Villeurbanne excédés | La circulation y est saturée. | fr | false | not the place (street name)
            Das Hotel Marseille in Bremen schließt | Der Familienbetrieb findet keinen Nachfolger. | de | false | not the place (business named after it)
            El Marsella ficha a un central argentino | El club francés pagará 15 millones por el jugador. | es | false | the club, not the city
            Il Marsiglia batte il Lille con un gol nel finale | | it | false | club-only football report
            Marseille striker ruled out for six weeks | | en | false | the club, not the city
            Transfer: Stürmer wechselt nach Marseille | | de | false | club-only football report
            Les calanques de Bonifacio prises d'assaut | Les plaisanciers affluent en Corse-du-Sud. | fr | false | not the place (landform elsewhere)
            Sardinia's calanques are Europe's best-kept secret | | en | false | not the place (landform elsewhere)
            Les Bouches-du-Rhône en vigilance rouge canicule | Météo-France prévoit 41 degrés samedi. | fr | false | department Bouches-du-Rhône
            Allo stadio la Marsigliese coperta dai fischi | | it | false | La Marseillaise (anthem)
            Marseille soaps versus Aleppo soaps: which is gentler? | Marseille soap is made with olive oil. | en | false | false friend: Marseille soaps
            Paris : les 15e et 16e arrondissements privés d'eau | Les travaux dureront deux jours. | fr | false | no territory context
            Rognes : la mairie lance un budget participatif | | fr | true | commune Rognes
            La Savine : les habitants obtiennent un centre social | | fr | true | La Savine
            Municipales : la mairie des 13e et 14e arrondissements change de majorité | | fr | true | Marseille 13e Arrondissement
            Gravithy à Fos : feu vert de l'État | L'usine de fer vert s'installera à Fos-sur-Mer d'ici 2028. | fr | true | commune Fos-sur-Mer x2
            La seconde ville de France manque de logements sociaux | | fr | true | commune Marseille
            La segunda ciudad de Francia pide más policías | | es | true | commune Marseille
            La città focese punta tutto sul porto | | it | true | commune Marseille
            Scontri tra tifosi del Marsiglia e polizia al Vélodrome | | it | true | entity Orange Vélodrome
            El Olympique de Marsella cierra el ejercicio con pérdidas de 40 millones | La liga francesa vigila sus cuentas. | es | true | territory angle
            Quartiers Nord : un nouveau collège dans le 15e arrondissement | | fr | true | arrondissement Marseille 15e
            Le massif de l'Étoile fermé au public | Le risque d'incendie est très sévère. | fr | true | Chaîne de l'Étoile
            Cargo lines reroute via Marseille as the Red Sea stays closed | | en | true | commune Marseille
            Rue d'Aubagne : sept ans après l'effondrement | Les familles attendent le procès. | fr | true | Rue d'Aubagne
            Le panier des ménages flambe dans la Métropole | Les prix alimentaires montent partout. | fr | false | no territory context
            Il Marsiglia vince a Lione | | it | false | club-only football report
            Calanque de Port-Pin : la baignade interdite | | fr | true | Parc national des Calanques
            """)
    void readsNamesInContext(String title, String text, String lang, boolean relevant, String evidence) {
        TerritoryAnnotation a = annotate(title, text, lang);
        assertThat(a.relevant()).as("%s -> %s", title, a.evidence()).isEqualTo(relevant);
        assertThat(String.join(" | ", a.evidence())).as(title).containsIgnoringCase(evidence);
    }

    @Test
    void countersRecordNamesThatAreNotThePlace() {
        TerritoryRecognizer fresh = TerritoryRecognizer.withDefaults();
        fresh.annotate("Avenue de Marseille : travaux à Villeurbanne", "", "fr", null);
        fresh.annotate("Marseille : le maire présente son budget", "", "fr", null);
        assertThat(fresh.counters().snapshot()).containsEntry("annotated", 2L)
                .containsEntry("with_name_not_the_place", 1L).containsEntry("relevant", 1L);
    }

    @Test
    void aLocalSourceVouchesForAnAmbiguousName() {
        String title = "Aix : les agressions en hausse dans le centre";
        assertThat(RECOGNIZER.annotate(title, "", "fr", null).relevant()).isFalse();
        TerritoryAnnotation local = RECOGNIZER.annotate(title, "", "fr", "laprovence.com");
        assertThat(local.relevant()).as("%s", local.evidence()).isTrue();
        assertThat(inseeCodes(local)).contains("13001");
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
