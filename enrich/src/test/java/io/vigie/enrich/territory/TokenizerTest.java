package io.vigie.enrich.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void splitsHyphensAndElisionsAndFoldsAccents() {
        List<Token> tokens = Tokenizer.tokenize("Berre-l'Étang, d'Aubagne dell’Estaque laprovence.com", Section.TITLE);
        assertThat(tokens).extracting(Token::norm)
                .containsExactly("berre", "l", "etang", "d", "aubagne", "dell", "estaque", "laprovence", "com");
        assertThat(tokens.get(3).boundaryBefore()).isTrue();
        assertThat(tokens.get(8).boundaryBefore()).isFalse();
        assertThat(tokens.get(4).surface()).isEqualTo("Aubagne");
        assertThat(tokens.get(4).capitalised()).isTrue();
    }

    @Test
    void leadIsTheFirstSentence() {
        String text = "Aubagne vote. Le reste suit.";
        assertThat(text.substring(0, TerritoryRecognizer.leadEnd(text))).isEqualTo("Aubagne vote.");
    }
}
