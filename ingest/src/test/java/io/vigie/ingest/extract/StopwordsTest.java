package io.vigie.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class StopwordsTest {

    @Test
    void loadsEveryListFromTheClasspath() {
        assertThat(Stopwords.languages()).containsExactlyInAnyOrder("en", "fr", "de", "es", "it", "pt", "nl", "pl");
        assertThat(Stopwords.of("en")).contains("the", "and", "of").doesNotContain("|", "");
        assertThat(Stopwords.of("fr")).contains("le", "de", "et");
        assertThat(Stopwords.of("pl")).contains("się", "że").doesNotContain("|");
    }

    @Test
    void picksTheListOfTheTextsLanguage() {
        assertThat(Stopwords.bestFor(Stopwords.words("Le maire a dit que la ville et les habitants", new ArrayList<>())))
                .isSameAs(Stopwords.of("fr"));
        assertThat(Stopwords.bestFor(Stopwords.words("Der Bürgermeister sagte, dass die Stadt und nicht", new ArrayList<>())))
                .isSameAs(Stopwords.of("de"));
        assertThat(Stopwords.bestFor(Stopwords.words("The mayor said that the city and the people", new ArrayList<>())))
                .isSameAs(Stopwords.of("en"));
    }

    @Test
    void unknownLanguageIsAClearError() {
        assertThatThrownBy(() -> Stopwords.of("xx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'xx'");
    }
}
