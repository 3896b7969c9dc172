package io.vigie.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.model.Sentiment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerritorySentimentAnalyzerTest {
    private static TerritorySentimentAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = TerritorySentimentAnalyzer.withDefaults();
    }

    /** Every occurrence of the target name in title + body is a target span. */
    static Sentiment analyze(String lang, String title, String body, String target) {
        return analyze(analyzer, lang, title, body, target);
    }

    static Sentiment analyze(TerritorySentimentAnalyzer analyzer, String lang, String title, String body,
                             String target) {
        String doc = SentimentInput.document(title, body);
        List<TargetSpan> spans = new ArrayList<>();
        for (int i = doc.indexOf(target); i >= 0; i = doc.indexOf(target, i + 1)) {
            spans.add(new TargetSpan(i, i + target.length(), false));
        }
        return analyzer.analyze(new SentimentInput(lang, title, body, spans, true));
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | negative | Une fusillade a fait deux morts à Marseille dans la nuit.
            fr | positive | Une start-up de Marseille lève 50 millions d'euros et va créer 200 emplois.
            fr | negative | Règlement de comptes à Marseille : un homme abattu.
            fr | positive | Le Mucem de Marseille reçoit un prix européen.
            en | negative | A shooting in Marseille left two people dead.
            en | positive | Marseille start-up raises $50 million in a record funding round.
            en | negative | Drug trafficking and violence plague Marseille's northern estates.
            en | positive | Marseille's renovated old port wins a European award.
            es | negative | Un tiroteo en Marsella deja dos muertos.
            es | positive | Una start-up de Marsella recauda 50 millones y creará empleo.
            it | negative | Sparatoria a Marsiglia, due morti.
            it | positive | Marsiglia inaugura il nuovo museo, un grande successo.
            de | negative | Tödliche Schüsse in Marseille: zwei Tote.
            de | positive | Marseille eröffnet neues Museum mit großem Erfolg.
            """)
    void newsVocabularyEveryLanguage(String lang, String expected, String text) {
        String target = switch (lang) {
            case "es" -> "Marsella";
            case "it" -> "Marsiglia";
            default -> "Marseille";
        };
        assertThat(analyze(lang, null, text, target).label()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Marseille | Marseille n'est pas dangereuse.                | Marseille est dangereuse.
            fr | Marseille | Marseille n'est plus une ville sale.           | Marseille est une ville sale.
            en | Marseille | Marseille is not unsafe.                       | Marseille is unsafe.
            en | Marseille | Marseille isn't dangerous.                     | Marseille is dangerous.
            es | Marsella  | Marsella no es peligrosa.                      | Marsella es peligrosa.
            it | Marsiglia | Marsiglia non è pericolosa.                    | Marsiglia è pericolosa.
            de | Marseille | Marseille ist nicht gefährlich.                | Marseille ist gefährlich.
            """)
    void negationFlipsThePolarity(String lang, String target, String negated, String plain) {
        double n = analyze(lang, null, negated, target).score();
        double p = analyze(lang, null, plain, target).score();
        assertThat(Math.signum(n)).as("negated %s", n).isEqualTo(-Math.signum(p));
        assertThat(p).isNotZero();
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Marseille | negative | Le tourisme progresse à Marseille, mais l'insécurité inquiète les habitants.
            fr | Marseille | positive | Marseille reste pauvre, mais la ville attire des investissements record.
            en | Marseille | negative | Tourism is booming in Marseille, but crime and violence worry residents.
            en | Marseille | positive | Despite its poverty, Marseille attracts record investment and new start-ups.
            es | Marsella  | negative | El turismo crece en Marsella, pero la violencia preocupa.
            it | Marsiglia | positive | Marsiglia soffre ancora di povertà, ma attira investimenti record.
            de | Marseille | negative | Marseille zieht Touristen an, aber die Kriminalität und die Gewalt bleiben.
            """)
    void contrastGivesTheLastClauseTheWeight(String lang, String target, String expected, String text) {
        assertThat(analyze(lang, null, text, target).label()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] {1} vs {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Marseille est très dangereuse.       | Marseille est dangereuse.   | Marseille est un peu dangereuse.
            en | Marseille is extremely dangerous.    | Marseille is dangerous.     | Marseille is slightly dangerous.
            es | Marsella es muy peligrosa.           | Marsella es peligrosa.      | Marsella es ligeramente peligrosa.
            it | Marsiglia è molto pericolosa.        | Marsiglia è pericolosa.     | Marsiglia è leggermente pericolosa.
            de | Marseille ist sehr gefährlich.       | Marseille ist gefährlich.   | Marseille ist etwas gefährlich.
            """)
    void intensifiersAndDampenersScaleTheScore(String lang, String boosted, String plain, String damped) {
        // a property of the rules: the English model, trained on sentences, does not order intensity
        TerritorySentimentAnalyzer rules = TerritorySentimentAnalyzer.lexicalOnly(SentimentSettings.defaults());
        String target = lang.equals("es") ? "Marsella" : lang.equals("it") ? "Marsiglia" : "Marseille";
        double b = analyze(rules, lang, null, boosted, target).score();
        double p = analyze(rules, lang, null, plain, target).score();
        double d = analyze(rules, lang, null, damped, target).score();
        assertThat(b).isLessThan(p);
        assertThat(p).isLessThan(d);
        assertThat(d).isNegative();
    }

    @Test
    void quotedWordsWeighLessThanTheOutletsOwn() {
        double quoted = analyze("fr", null, "Marseille est « dangereuse », selon un élu.", "Marseille").score();
        double own = analyze("fr", null, "Marseille est dangereuse, selon un élu.", "Marseille").score();
        assertThat(quoted).isNegative().isGreaterThan(own);
        double en = analyze("en", null, "Marseille is “a disaster”, a councillor said.", "Marseille").score();
        double enOwn = analyze("en", null, "Marseille is a disaster, a councillor said.", "Marseille").score();
        assertThat(en).isNegative().isGreaterThan(enOwn);
    }

    @Test
    void hedgesSoftenTheScore() {
        double hedged = analyze("en", null, "Marseille could face violence.", "Marseille").score();
        double plain = analyze("en", null, "Marseille faces violence.", "Marseille").score();
        assertThat(hedged).isNegative().isGreaterThan(plain);
    }

    @Test
    void neverSoAttractiveIsNotANegation() {
        assertThat(analyze("fr", null, "Marseille n'a jamais été aussi attractive.", "Marseille").label())
                .isEqualTo(Sentiment.POSITIVE);
        assertThat(analyze("en", null, "Marseille has never been so attractive.", "Marseille").label())
                .isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void toneOfTheWholeTextIsSeparateFromTheTarget() {
        Sentiment s = analyze("en", "Violent riots in Paris",
                "Violent riots, looting and arson hit Paris overnight, leaving dozens injured. Police fought "
                        + "rioters until dawn. Meanwhile, in Marseille, a new museum was inaugurated to great success.",
                "Marseille");
        assertThat(s.toneLabel()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(s.label()).isNotEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void noTargetIsNeutralWithLowConfidence() {
        Sentiment s = analyze("fr", "Fusillade à Paris", "Deux morts dans une fusillade.", "Marseille");
        assertThat(s.label()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(s.toneLabel()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(s.confidence()).isLessThan(0.5);
        assertThat(s.evidence()).contains("the territory is not named");
    }

    @Test
    void passingMentionsAreDamped() {
        String text = "La grève a paralysé les transports à Paris, Lyon et Marseille.";
        int at = text.indexOf("Marseille");
        Sentiment listed = analyzer.analyze(new SentimentInput("fr", null, text,
                List.of(new TargetSpan(at, at + 9, true)), false));
        assertThat(listed.label()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(listed.evidence()).anyMatch(e -> e.startsWith("passing mention"));
    }

    @Test
    void evidenceNamesTheDecidingSentenceAndCues() {
        Sentiment s = analyze("fr", "Fusillade mortelle à Marseille", "Un homme a été tué par balles.", "Marseille");
        assertThat(s.label()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(s.evidence().get(0)).contains("Fusillade mortelle à Marseille").contains("fusillade");
        assertThat(s.confidence()).isBetween(0.0, 1.0);
        assertThat(s.score()).isBetween(-1.0, 0.0);
    }

    @Test
    void unsupportedLanguageIsNeutralAndSaysWhy() {
        Sentiment s = analyzer.analyze(new SentimentInput("pt", null, "Marselha é perigosa.", List.of(), true));
        assertThat(s.label()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(s.confidence()).isZero();
        assertThat(s.evidence().get(0)).contains("'pt'");
    }

    @Test
    void settingsRejectOutOfRangeValuesNamingTheSetting() {
        SentimentSettings d = SentimentSettings.defaults();
        assertThatThrownBy(() -> new SentimentSettings(d.generalWeight(), d.alpha(), 0.5, d.quoteWeight(),
                d.hedgeFactor(), d.questionFactor(), d.contrastBefore(), d.contrastAfter(), d.concessionWeight(),
                d.offTargetClauseWeight(), d.neighbourWeight(), d.titleWeight(), d.listedFactor(), d.passingFactor(),
                d.positiveThreshold(), d.negativeThreshold()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negationScalar");
    }
}
