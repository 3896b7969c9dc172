package io.vigie.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> texts(String doc, int titleEnd, String lang) {
        return SentenceSplitter.split(doc, titleEnd, lang).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtSentenceEndsButNotAbbreviationsOrOrdinals() {
        assertThat(texts("M. Dupont est arrivé. Il a parlé à Mme Martin. Fin!", 0, "fr"))
                .containsExactly("M. Dupont est arrivé.", "Il a parlé à Mme Martin.", "Fin!");
        assertThat(texts("Es ist das 16. Opfer in diesem Jahr. Die Polizei ermittelt.", 0, "de"))
                .containsExactly("Es ist das 16. Opfer in diesem Jahr.", "Die Polizei ermittelt.");
        assertThat(texts("Dr. Smith met Gov. Brown in the U.S. capital. They agreed.", 0, "en")).hasSize(2);
    }

    @Test
    void titleIsItsOwnSentence() {
        String doc = SentimentInput.document("Incendie à Marseille", "Le feu a pris. Les pompiers sont là.");
        List<Sentence> s = SentenceSplitter.split(doc, "Incendie à Marseille".length(), "fr");
        assertThat(s).extracting(Sentence::text)
                .containsExactly("Incendie à Marseille", "Le feu a pris.", "Les pompiers sont là.");
        assertThat(s.get(0).title()).isTrue();
        assertThat(s.get(1).title()).isFalse();
    }

    @Test
    void wordsSplitElisionsAndKeepOffsets() {
        String text = "L'effondrement d'un immeuble dell'OM n'est pas « grave » don't";
        List<Word> words = WordTokenizer.tokenize(text, 10, QuoteMarker.mark(text, "fr"), "fr");
        assertThat(words).extracting(Word::text).startsWith("l", "effondrement", "d", "un", "immeuble", "dell", "om",
                "n", "est", "pas", "grave");
        Word effondrement = words.get(1);
        assertThat(text.substring(effondrement.start() - 10, effondrement.end() - 10)).isEqualTo("effondrement");
        assertThat(words.get(10).quoted()).isTrue();
        assertThat(words.get(9).quoted()).isFalse();
        assertThat(WordTokenizer.keys("don't", "en")).containsExactly("do", "n't");
        assertThat(WordTokenizer.keys("start-up", "fr")).containsExactly("start-up");
    }
}
