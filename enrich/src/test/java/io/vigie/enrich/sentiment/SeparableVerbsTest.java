package io.vigie.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeparableVerbsTest {

    private static List<String> join(String text, String language) {
        return SeparableVerbs.join(WordTokenizer.tokenize(text, 0, null, language), text, 0, language);
    }

    @Test
    void theClauseFinalParticleJoinsTheFiniteVerb() {
        assertThat(join("Der Hafen baut das Terminal im Norden aus", "de")).contains("ausbaut").doesNotContain("baut");
        assertThat(join("Das Festival sagt seine Sommerausgabe ab", "de")).contains("absagt");
    }

    @Test
    void capitalisedNounsAndFunctionWordsAreNotTakenForTheVerb() {
        // "Stadt" and "in" come first; "zieht" is the first lower-case content word
        assertThat(join("In der Stadt zieht der neue Markt viele Besucher an", "de")).contains("anzieht");
    }

    @Test
    void eachClauseIsReadOnItsOwn() {
        List<String> words = join("Die Werft wächst, die Zulieferer bauen Stellen ab", "de");
        assertThat(words).contains("wächst", "abbauen");
    }

    @Test
    void aParticleInsideTheClauseOrAnotherLanguageChangesNothing() {
        assertThat(join("Die Fähre fährt ab Montag wieder", "de")).doesNotContain("abfährt");
        assertThat(join("Le port investit dans un terminal an", "fr")).contains("investit").doesNotContain("aninvestit");
    }
}
