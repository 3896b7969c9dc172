package io.vigie.enrich.transitions;

import io.vigie.enrich.resource.TabularResource;
import io.vigie.enrich.resource.TabularResource.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Weighted phrase rules ({@code label<TAB>lang<TAB>weight<TAB>pattern}) indexed by language and
 * first word. Immutable and thread-safe once loaded.
 */
final class CueSet {
    static final String ANY_LANGUAGE = "*";

    private final Map<String, Index> byLanguage;
    private final Index all;
    private final int size;

    private CueSet(List<Cue> cues) {
        Map<String, List<Cue>> grouped = new TreeMap<>();
        for (Cue cue : cues) {
            grouped.computeIfAbsent(cue.language(), k -> new ArrayList<>()).add(cue);
        }
        List<Cue> universal = grouped.getOrDefault(ANY_LANGUAGE, List.of());
        Map<String, Index> indexes = new HashMap<>();
        grouped.forEach((lang, list) -> {
            if (!lang.equals(ANY_LANGUAGE)) {
                List<Cue> merged = new ArrayList<>(list);
                merged.addAll(universal);
                indexes.put(lang, new Index(merged));
            }
        });
        this.byLanguage = Map.copyOf(indexes);
        this.all = new Index(cues);
        this.size = cues.size();
    }

    static CueSet of(List<Cue> cues) {
        return new CueSet(List.copyOf(cues));
    }

    /**
     * @param allowedLabels labels a line may use; any other is a load error naming the line
     * @throws IllegalArgumentException on a missing resource or a malformed line
     */
    static CueSet fromClasspath(String resource, Set<String> allowedLabels) {
        List<Cue> cues = new ArrayList<>();
        for (Row row : TabularResource.read(CueSet.class, resource, "cue file")) {
            if (row.size() != 4) {
                throw row.error("expected label<TAB>lang<TAB>weight<TAB>pattern");
            }
            String label = row.field(0).strip();
            if (!allowedLabels.contains(label)) {
                throw row.error("unknown label '" + label + "'");
            }
            double weight;
            try {
                weight = Double.parseDouble(row.field(2).strip());
            } catch (NumberFormatException e) {
                throw row.error("weight '" + row.field(2) + "' is not a number", e);
            }
            try {
                cues.add(new Cue(label, row.field(1).strip(), weight, CuePattern.parse(row.field(3)), row.origin()));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage(), e);
            }
        }
        return new CueSet(cues);
    }

    int size() {
        return size;
    }

    /**
     * Matches of the language's cues (every language's when it is unknown), leftmost-longest
     * without overlap within one label, so "n'a toujours pas" is not counted again as "toujours pas".
     */
    List<CueMatch> find(WordSplitter.Text text, String language) {
        Index index = language == null ? all : byLanguage.getOrDefault(language, all);
        List<Word> words = text.words();
        List<CueMatch> raw = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Cue cue : index.candidates(words.get(i).norm())) {
                if (cue.pattern().matchesAt(words, i)) {
                    int to = i + cue.pattern().length();
                    raw.add(new CueMatch(cue, i, to, text.surface(i, to), words.get(i).title(),
                            words.get(i).sentence()));
                }
            }
        }
        raw.sort(Comparator.comparingInt((CueMatch m) -> m.to() - m.from()).reversed()
                .thenComparingInt(CueMatch::from));
        Map<String, boolean[]> taken = new HashMap<>();
        List<CueMatch> kept = new ArrayList<>();
        for (CueMatch m : raw) {
            boolean[] used = taken.computeIfAbsent(m.cue().label(), k -> new boolean[words.size()]);
            boolean free = true;
            for (int k = m.from(); k < m.to() && free; k++) {
                free = !used[k];
            }
            if (free) {
                for (int k = m.from(); k < m.to(); k++) {
                    used[k] = true;
                }
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(CueMatch::from));
        return kept;
    }

    /** Cues by exact first word, plus the affix-headed ones that must be tried at every word. */
    private static final class Index {
        private final Map<String, List<Cue>> byHead = new HashMap<>();
        private final List<Cue> affixHeaded = new ArrayList<>();

        Index(List<Cue> cues) {
            for (Cue cue : cues) {
                String head = cue.pattern().exactHead();
                if (head == null) {
                    affixHeaded.add(cue);
                } else {
                    byHead.computeIfAbsent(head, k -> new ArrayList<>()).add(cue);
                }
            }
        }

        List<Cue> candidates(String word) {
            List<Cue> exact = byHead.get(word);
            if (exact == null) {
                return affixHeaded;
            }
            List<Cue> both = new ArrayList<>(exact.size() + affixHeaded.size());
            both.addAll(exact);
            both.addAll(affixHeaded);
            return both;
        }
    }
}
