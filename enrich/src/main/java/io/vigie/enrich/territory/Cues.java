package io.vigie.enrich.territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Context vocabulary from {@code cues.tsv}: sport words, player roles, territory angles of a sports story,
 * cities outside the territory, municipal words, competitors of the territory's companies ('rival'), states and
 * countries that follow a homonym ('elsewhere': "Marseille, Illinois"), recipe words that make a demonym a
 * dish ('product'), context words that are not names but tie an ambiguous commune to the territory
 * ('anchor': a company or site of one commune, the department, "près d'Aix").
 */
final class Cues {
    enum Category { SPORT, ROLE, ANGLE, CITY, MUNICIPAL, RIVAL, ELSEWHERE, PRODUCT, ANCHOR }

    record Cue(Category category, String phrase, List<String> keys) {
    }

    private final PhraseTrie<Cue> trie;

    private Cues(List<Cue> cues) {
        this.trie = new PhraseTrie<>(cues, Cue::keys);
    }

    static Cues load() {
        List<Cue> cues = new ArrayList<>();
        for (String[] row : Gazetteer.tsv("cues.tsv", 2)) {
            String phrase = row[1].strip();
            cues.add(new Cue(Category.valueOf(row[0].strip().toUpperCase(Locale.ROOT)), phrase,
                    Tokenizer.tokenize(phrase, Section.BODY).stream().map(Token::norm).toList()));
        }
        return new Cues(cues);
    }

    List<PhraseTrie.Hit<Cue>> find(List<Token> tokens) {
        return trie.findAll(tokens, (cue, t, start) -> true);
    }
}
