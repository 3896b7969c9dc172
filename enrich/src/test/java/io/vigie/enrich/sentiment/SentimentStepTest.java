package io.vigie.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.enrich.EnrichmentDraft;
import io.vigie.enrich.Mentions;
import io.vigie.enrich.territory.TerritoryRecognizer;
import io.vigie.enrich.territory.TerritoryStep;
import io.vigie.model.LanguageGuess;
import io.vigie.model.RawMention;
import io.vigie.model.Sentiment;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentimentStepTest {
    private static TerritoryRecognizer recognizer;
    private static SentimentStep step;

    @BeforeAll
    static void load() {
        recognizer = TerritoryRecognizer.withDefaults();
        step = new SentimentStep(recognizer, TerritorySentimentAnalyzer.withDefaults());
    }

    private static Sentiment run(String lang, String title, String text) {
        RawMention m = Mentions.mention("s/" + Math.abs(title.hashCode()), title, text, List.of(lang));
        EnrichmentDraft draft = new EnrichmentDraft().language(new LanguageGuess(lang, 0.99, "model"));
        new TerritoryStep(recognizer).annotate(m, draft);
        step.annotate(m, draft);
        return draft.sentiment();
    }

    @Test
    void crimeInMarseilleIsNegativeForItsImage() {
        Sentiment s = run("fr", "Fusillade à Marseille : un mort",
                "Un homme a été tué par balles dans les quartiers nord de Marseille, sur fond de narcotrafic.");
        assertThat(s.label()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(s.evidence()).isNotEmpty();
    }

    @Test
    void startUpRaisingFundsIsPositive() {
        Sentiment s = run("en", "Marseille start-up raises €50M",
                "The Marseille company closed a record funding round and will create 200 jobs in the city.");
        assertThat(s.label()).isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void nationalStrikeNamingMarseilleInPassingIsNeutralForIt() {
        Sentiment s = run("fr", "Grève nationale : la France paralysée",
                "La grève contre la réforme a bloqué les transports dans tout le pays. Des manifestations violentes "
                        + "ont eu lieu à Paris, Lyon, Nantes et Marseille. Le gouvernement dénonce des violences "
                        + "inacceptables et des dégradations.");
        assertThat(s.label()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(s.toneLabel()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void textNotNamingTheTerritoryIsNeutral() {
        Sentiment s = run("en", "Floods hit Valencia", "Deadly floods killed dozens of people in Valencia.");
        assertThat(s.label()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(s.evidence()).contains("the territory is not named");
        assertThat(step.counters().snapshot()).containsKey("sentiment.no_target");
        assertThat(step.counters().snapshot().get("sentiment.analysed")).isPositive();
    }
}
