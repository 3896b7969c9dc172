package io.vigie.enrich.transitions;

import io.vigie.enrich.resource.TabularResource;
import io.vigie.enrich.resource.TabularResource.Row;
import io.vigie.model.Place;
import io.vigie.model.Territory;
import io.vigie.model.TerritoryEntity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the sentences that name the territory, so that a frame cue is only counted when it is said
 * of the territory: "Lyon leads..." in a text that names Marseille elsewhere is not a Marseille
 * frame. Names come from the territory annotation (places by their first distinctive word, entities
 * by their full name); designations that stand for the city without naming it ("la cité phocéenne",
 * "the port city", demonyms) come from {@code transitions/territory-designations.tsv}.
 * Immutable and thread-safe.
 */
final class TerritorySentences {
    static final String DESIGNATIONS = "/transitions/territory-designations.tsv";
    private static final Set<String> ARTICLES = Set.of("la", "le", "les", "l", "el", "il", "lo", "die", "der", "das", "the");
    /**
     * Words of an entity name too generic to stand for it alone: "Parc national des Calanques" is
     * named by "Calanques" ("el parque de las Calanques"), never by "parc" or "national".
     */
    private static final Set<String> GENERIC = Set.of("parc", "park", "parque", "parco", "national", "nationale",
            "nacional", "nazionale", "port", "porto", "puerto", "hafen", "grand", "grande", "maritime", "universite",
            "university", "universidad", "universita", "stade", "stadium", "gare", "station", "aeroport", "airport",
            "musee", "museum", "olympique", "provence", "france", "institut", "centre", "center", "hopital", "groupe",
            "group", "societe", "company", "ville", "city", "metropole", "des", "del", "della", "von", "and", "et");

    private final List<CuePattern> designations;

    private TerritorySentences(List<CuePattern> designations) {
        this.designations = List.copyOf(designations);
    }

    static TerritorySentences of(List<String> designations) {
        return new TerritorySentences(designations.stream().map(CuePattern::parse).toList());
    }

    static TerritorySentences fromClasspath() {
        List<CuePattern> patterns = new ArrayList<>();
        for (Row row : TabularResource.read(TerritorySentences.class, DESIGNATIONS, "territory designations file")) {
            try {
                patterns.add(CuePattern.parse(row.line().strip()));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage(), e);
            }
        }
        return new TerritorySentences(patterns);
    }

    /**
     * Sentence numbers (0 = title) that name the territory, or null when the annotation names no
     * place or entity: then nothing can be located and the caller must not filter.
     */
    Set<Integer> find(WordSplitter.Text text, Territory territory) {
        if (territory == null || (territory.places().isEmpty() && territory.entities().isEmpty())) {
            return null;
        }
        List<CuePattern> names = new ArrayList<>(designations);
        for (Place p : territory.places()) {
            String head = distinctiveHead(p.name());
            if (head != null) {
                names.add(CuePattern.parse(head));
            }
        }
        for (TerritoryEntity e : territory.entities()) {
            try {
                names.add(CuePattern.parse(e.name()));
            } catch (IllegalArgumentException ignored) {
                // a name with no word (only punctuation) cannot be located
            }
            distinctiveWords(e.name()).forEach(w -> names.add(CuePattern.parse(w)));
        }
        List<Word> words = text.words();
        Set<Integer> sentences = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (sentences.contains(words.get(i).sentence())) {
                continue;
            }
            for (CuePattern name : names) {
                if (name.matchesAt(words, i)) {
                    sentences.add(words.get(i).sentence());
                    break;
                }
            }
        }
        return sentences;
    }

    /**
     * The sentence number where the lead starts: 1, or later when the body begins by repeating the
     * title (feeds often send "title, blank line, summary" as the text).
     */
    static int leadStart(WordSplitter.Text text) {
        String title = text.title().strip();
        boolean repeatsTitle = !title.isEmpty() && text.body().strip().startsWith(title);
        int titleEnd = text.body().indexOf(title) + title.length();
        for (Word w : text.words()) {
            if (!w.title() && (!repeatsTitle || w.start() >= titleEnd)) {
                return w.sentence();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Capitalised, non-generic words of an entity name: "Parc national des Calanques" -> "calanques". */
    private static List<String> distinctiveWords(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        for (String raw : name.replace('-', ' ').replace('\'', ' ').replace('’', ' ').split("\\s+")) {
            String w = Folding.fold(raw);
            if (raw.length() >= 4 && Character.isUpperCase(raw.codePointAt(0)) && !GENERIC.contains(w)
                    && !ARTICLES.contains(w) && w.chars().allMatch(Character::isLetterOrDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    /** "La Ciotat" -> "ciotat", "Marseille 2e Arrondissement" -> "marseille", "Aix-en-Provence" -> "aix". */
    private static String distinctiveHead(String name) {
        if (name == null) {
            return null;
        }
        for (String w : Folding.fold(name).replace('-', ' ').replace('\'', ' ').split("\\s+")) {
            if (!w.isEmpty() && !ARTICLES.contains(w) && w.chars().allMatch(Character::isLetterOrDigit)) {
                return w;
            }
        }
        return null;
    }
}
