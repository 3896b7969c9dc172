package io.vigie.enrich.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.enrich.sentiment.TargetSpan;
import io.vigie.enrich.sentiment.TerritorySentimentAnalyzer;
import io.vigie.model.Sentiment;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentiment toward a target follows the sentences naming it, not the text's overall mood. */
class TargetSentimentTest {
    private static TargetSentiment sentiment;

    @BeforeAll
    static void load() {
        sentiment = new TargetSentiment(TerritorySentimentAnalyzer.withDefaults());
    }

    private static Sentiment toward(String lang, String title, String text, String target) {
        return sentiment.analyze(lang, title, text, target, TargetLocator.locate(title, text, target, null, null));
    }

    private static final String TWO_ACTORS_EN = "CMA CGM posts record profits and praises its excellent teams. "
            + "Across the street, the city hall is mired in a corruption scandal and a disastrous budget crisis. "
            + "Prosecutors have charged three officials of the city hall with fraud.";

    @Test
    void twoTargetsOfOneTextGetOppositeSentiment() {
        Sentiment company = toward("en", "", TWO_ACTORS_EN, "CMA CGM");
        Sentiment cityHall = toward("en", "", TWO_ACTORS_EN, "city hall");

        assertThat(company.label()).isEqualTo(Sentiment.POSITIVE);
        assertThat(cityHall.label()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(company.score()).isGreaterThan(cityHall.score());
        assertThat(company.evidence()).anySatisfy(e -> assertThat(e).contains("record"));
    }

    @Test
    void worksInFrenchWithAccentInsensitiveSearch() {
        String text = "La Régie des transports métropolitains (RTM) est paralysée par une grève catastrophique. "
                + "Les usagers dénoncent un service déplorable.";

        Sentiment rtm = toward("fr", "Marseille : la rtm en crise", text, "RTM");

        assertThat(rtm.label()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void targetNotNamedIsNeutralAndSaysSo() {
        Sentiment s = toward("en", "Marseille wins", "A wonderful success for the city.", "CMA CGM");

        assertThat(s.label()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(s.score()).isZero();
        assertThat(s.evidence()).containsExactly("target 'CMA CGM' is not named in the text");
    }

    @Test
    void aPassingMentionInALongTextWeighsLessThanAHeadlineSubject() {
        String filler = "The weather was mild and the markets opened at the usual hour. ".repeat(12);
        String passing = filler + "Officials said Airbus Helicopters had a disastrous year.";
        String subject = "Airbus Helicopters had a disastrous year.";

        Sentiment weak = toward("en", "", passing, "Airbus Helicopters");
        Sentiment strong = toward("en", "", subject, "Airbus Helicopters");

        assertThat(strong.score()).isNegative();
        assertThat(weak.score()).isGreaterThan(strong.score());
        assertThat(weak.evidence()).anySatisfy(e -> assertThat(e).contains("not about the target"));
    }

    @Test
    void aboutRule() {
        TargetSpan inTitle = new TargetSpan(0, 3, false);
        String longText = "word ".repeat(200);

        assertThat(TargetSentiment.isAbout("RTM", longText, List.of(inTitle))).isTrue();
        assertThat(TargetSentiment.isAbout("", longText, List.of(new TargetSpan(10, 13, false)))).isFalse();
        assertThat(TargetSentiment.isAbout("", longText,
                List.of(new TargetSpan(10, 13, false), new TargetSpan(50, 53, false)))).isTrue();
        assertThat(TargetSentiment.isAbout("", "short lead", List.of(new TargetSpan(0, 5, false)))).isTrue();
        assertThat(TargetSentiment.isAbout("", longText, List.of())).isFalse();
    }
}
