package io.vigie.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class JusTextTest {

    private static final String PROSE_EN = "The council of the metropolis voted on Tuesday to extend the tramway to the "
            + "northern districts, a project that has been discussed for more than ten years and that the residents "
            + "of the area have been asking for since the first line was opened in the city centre.";
    private static final String PROSE_FR = "Le conseil de la métropole a voté mardi le prolongement du tramway vers les "
            + "quartiers nord, un projet dont on parle depuis plus de dix ans et que les habitants du secteur "
            + "réclament depuis l'ouverture de la première ligne dans le centre de la ville.";

    private static Element body(String html) {
        return Jsoup.parse("<html><body>" + html + "</body></html>").body();
    }

    private static JusText.Kind kindOf(List<JusText.Paragraph> ps, String start) {
        return ps.stream().filter(p -> p.text().startsWith(start)).findFirst().orElseThrow().kind();
    }

    @Test
    void keepsProseAndDropsLinkListsAndChrome() {
        List<JusText.Paragraph> ps = JusText.classify(body(
                "<ul><li><a href=/a>Home</a></li><li><a href=/b>World news and more</a></li></ul>"
                        + "<p>" + PROSE_EN + "</p><p>" + PROSE_EN.replace("Tuesday", "Monday") + "</p>"
                        + "<div><a href=/c>Most read: the ten best restaurants in the city this year</a></div>"
                        + "<p>Copyright 2026 Example Media. All rights reserved by the publisher.</p>"),
                JusText.Settings.DEFAULTS);
        assertThat(kindOf(ps, "The council of the metropolis voted on Tuesday")).isEqualTo(JusText.Kind.GOOD);
        assertThat(kindOf(ps, "The council of the metropolis voted on Monday")).isEqualTo(JusText.Kind.GOOD);
        assertThat(kindOf(ps, "World news")).isEqualTo(JusText.Kind.BAD);
        assertThat(kindOf(ps, "Most read")).isEqualTo(JusText.Kind.BAD);
        assertThat(kindOf(ps, "Copyright")).isEqualTo(JusText.Kind.BAD);
        assertThat(JusText.goodText(ps)).doesNotContain("Most read").contains("voted on Monday");
    }

    @Test
    void shortParagraphsTakeTheClassOfTheirNeighbours() {
        List<JusText.Paragraph> ps = JusText.classify(body(
                "<div>Menu</div><div>Search</div><p>" + PROSE_EN + "</p><p>He said no.</p><p>"
                        + PROSE_EN.replace("Tuesday", "Friday") + "</p><h2>Reactions to the vote</h2><p>"
                        + PROSE_EN.replace("Tuesday", "Sunday") + "</p><div>Follow</div><div>Share</div>"),
                JusText.Settings.DEFAULTS);
        assertThat(kindOf(ps, "He said no.")).isEqualTo(JusText.Kind.GOOD);
        assertThat(kindOf(ps, "Reactions to the vote")).isEqualTo(JusText.Kind.GOOD);
        assertThat(kindOf(ps, "Menu")).isEqualTo(JusText.Kind.BAD);
        assertThat(kindOf(ps, "Share")).isEqualTo(JusText.Kind.BAD);
    }

    @Test
    void judgesFrenchProseWithTheFrenchStopwords() {
        List<JusText.Paragraph> ps = JusText.classify(body("<p>" + PROSE_FR + "</p><p>" + PROSE_FR + " Encore.</p>"),
                JusText.Settings.DEFAULTS);
        assertThat(ps).extracting(JusText.Paragraph::kind).containsOnly(JusText.Kind.GOOD);
        assertThat(ps.get(0).stopwordDensity).isGreaterThan(JusText.Settings.DEFAULTS.stopwordsHigh());
    }

    @Test
    void keywordSoupIsBadEvenWhenLong() {
        String soup = "Marseille Aix Provence tramway metro bus parking football OM Velodrome stadium tickets hotels "
                + "restaurants beaches calanques weather traffic jobs housing prices schools universities airport";
        List<JusText.Paragraph> ps = JusText.classify(body("<p>" + soup + "</p>"), JusText.Settings.DEFAULTS);
        assertThat(ps.get(0).contextFree).isEqualTo(JusText.Kind.BAD);
    }

    @Test
    void rejectsInconsistentSettings() {
        assertThatThrownBy(() -> new JusText.Settings(70, 200, 0.4, 0.3, 0.2, 200))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stopwordsLow");
        assertThatThrownBy(() -> new JusText.Settings(300, 200, 0.2, 0.3, 0.2, 200))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lengthLow");
    }
}
