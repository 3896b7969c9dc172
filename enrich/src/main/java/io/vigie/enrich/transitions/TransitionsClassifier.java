package io.vigie.enrich.transitions;

import io.vigie.enrich.resource.TabularResource;
import io.vigie.enrich.resource.TabularResource.Row;
import io.vigie.model.Territory;
import io.vigie.model.Transitions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Explainable rule-based classifier of the economic, environmental and social transitions a text
 * is about, and of whether it presents the territory at their forefront or lagging behind.
 *
 * <ol>
 *   <li>Topics: weighted multilingual phrase cues ({@code transitions/cues.tsv}); a topic is retained
 *       when its summed weight (title cues count {@link TransitionsSettings#titleWeight()} times)
 *       reaches {@link TransitionsSettings#themeThreshold()} and at least
 *       {@link TransitionsSettings#minTopicShare()} of the strongest topic's.</li>
 *   <li>Backdrops: a topic that is only the setting of a retained, at least as strong topic is
 *       dropped ({@link TopicBackdrops}): drugs seized at the port are not port logistics.</li>
 *   <li>Pillars: the union of the retained themes' pillars ({@code transitions/themes.tsv}).</li>
 *   <li>Broad news themes: {@link NewsThemeClassifier}, from the topics and their own cues; never empty.</li>
 *   <li>Frame: only when a pillar is present and the territory annotation says the mention is about
 *       the territory; a cue counts only when the title or its own sentence names the territory (a
 *       headline cue also when the lead's opening sentence names it)
 *       ({@link TerritorySentences}); forefront and lagging cues ({@code transitions/frames.tsv}) are summed, a cue
 *       shortly after a negation is ignored, and the heavier side wins if it reaches
 *       {@link TransitionsSettings#frameThreshold()}; a tie or too little gives no frame.</li>
 * </ol>
 * Every cue that counted is returned as evidence. Immutable and thread-safe.
 */
public final class TransitionsClassifier {
    static final String CUES = "/transitions/cues.tsv";
    static final String FRAMES = "/transitions/frames.tsv";
    static final String NEGATIONS = "/transitions/negations.tsv";
    private static final int MAX_EVIDENCE_PER_LABEL = 3;

    private final ThemeVocabulary vocabulary;
    private final CueSet themeCues;
    private final CueSet frameCues;
    private final NewsThemeClassifier newsThemes;
    private final TerritorySentences territorySentences;
    private final TopicBackdrops backdrops;
    private final Map<String, Set<String>> negations;
    private final Set<String> allNegations;
    private final TransitionsSettings settings;
    private final TransitionsCounters counters = new TransitionsCounters();

    TransitionsClassifier(ThemeVocabulary vocabulary, CueSet themeCues, CueSet frameCues,
                          Map<String, Set<String>> negations, NewsThemeClassifier newsThemes,
                          TerritorySentences territorySentences, TopicBackdrops backdrops,
                          TransitionsSettings settings) {
        this.backdrops = Objects.requireNonNull(backdrops, "backdrops");
        this.territorySentences = Objects.requireNonNull(territorySentences, "territory sentences");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.newsThemes = Objects.requireNonNull(newsThemes, "news themes");
        this.themeCues = Objects.requireNonNull(themeCues, "theme cues");
        this.frameCues = Objects.requireNonNull(frameCues, "frame cues");
        this.negations = Map.copyOf(negations);
        Set<String> all = new HashSet<>();
        negations.values().forEach(all::addAll);
        this.allNegations = Set.copyOf(all);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The shipped vocabulary and cue files with the given settings. */
    public static TransitionsClassifier fromClasspath(TransitionsSettings settings) {
        ThemeVocabulary vocabulary = ThemeVocabulary.fromClasspath();
        return new TransitionsClassifier(vocabulary, CueSet.fromClasspath(CUES, vocabulary.ids()),
                CueSet.fromClasspath(FRAMES, Set.of(Transitions.FOREFRONT, Transitions.LAGGING)),
                loadNegations(),
                NewsThemeClassifier.fromClasspath(vocabulary.ids(), settings.newsThemeThreshold(), settings.titleWeight()),
                TerritorySentences.fromClasspath(), TopicBackdrops.fromClasspath(vocabulary.ids()), settings);
    }

    public static TransitionsClassifier withDefaults() {
        return fromClasspath(TransitionsSettings.DEFAULTS);
    }

    public TransitionsCounters counters() {
        return counters;
    }

    public ThemeVocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * @param language  ISO 639-1 code; unknown or "und" uses the cues of every language
     * @param territory the territory annotation, or null when the territory step did not run
     */
    public Transitions classify(String title, String text, String language, Territory territory) {
        String lang = language == null || language.isBlank() || language.equals("und")
                ? null : language.strip().toLowerCase(Locale.ROOT);
        WordSplitter.Text split = WordSplitter.split(title, text);
        List<String> evidence = new ArrayList<>();

        Map<String, Double> themeScores = new LinkedHashMap<>();
        Map<String, List<CueMatch>> themeMatches = new HashMap<>();
        for (CueMatch m : themeCues.find(split, lang)) {
            themeScores.merge(m.cue().label(), weight(m), Double::sum);
            themeMatches.computeIfAbsent(m.cue().label(), k -> new ArrayList<>()).add(m);
        }
        double strongest = themeScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> themes = backdrops.filter(themeScores.entrySet().stream()
                .filter(e -> e.getValue() >= settings.themeThreshold() - 1e-9)
                .filter(e -> e.getValue() >= settings.minTopicShare() * strongest - 1e-9)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList(), themeScores);
        Set<String> pillarSet = new HashSet<>();
        for (String theme : themes) {
            pillarSet.addAll(vocabulary.theme(theme).pillars());
            themeMatches.get(theme).stream().filter(m -> m.cue().weight() > 0)
                    .sorted(Comparator.comparing(CueMatch::title).reversed()).limit(MAX_EVIDENCE_PER_LABEL)
                    .forEach(m -> evidence.add("theme:" + theme + " \"" + m.surface() + "\""));
        }
        List<String> pillars = ThemeVocabulary.PILLARS.stream().filter(pillarSet::contains).toList();

        String frame = null;
        boolean blocked = false;
        int negated = 0;
        if (!pillars.isEmpty()) {
            boolean aboutTerritory = territory != null ? territory.relevant() : !settings.requireRelevant();
            List<CueMatch> frameMatches = frameCues.find(split, lang);
            if (!aboutTerritory) {
                blocked = !frameMatches.isEmpty();
            } else {
                double forefront = 0;
                double lagging = 0;
                List<String> frameEvidence = new ArrayList<>();
                Set<Integer> named = territorySentences.find(split, territory);
                boolean titleNamesTerritory = named == null || named.contains(0);
                // headlines often drop the place ("Frioul: the electric shuttle, a first") when the lead's
                // opening sentence names it: then the headline's own cues are said of the territory
                int leadStart = TerritorySentences.leadStart(split);
                boolean headlineAboutTerritory = titleNamesTerritory || named.contains(leadStart);
                for (CueMatch m : frameMatches) {
                    boolean inHeadline = m.sentence() < leadStart;
                    if (!titleNamesTerritory && !named.contains(m.sentence())
                            && !(inHeadline && headlineAboutTerritory)) {
                        evidence.add("off-subject:" + m.cue().label() + " \"" + m.surface() + "\"");
                        continue;
                    }
                    if (negated(split.words(), m, lang)) {
                        negated++;
                        evidence.add("negated:" + m.cue().label() + " \"" + m.surface() + "\"");
                        continue;
                    }
                    if (m.cue().label().equals(Transitions.FOREFRONT)) {
                        forefront += weight(m);
                    } else {
                        lagging += weight(m);
                    }
                    frameEvidence.add("frame:" + m.cue().label() + " \"" + m.surface() + "\"");
                }
                if (forefront > lagging && forefront >= settings.frameThreshold() - 1e-9) {
                    frame = Transitions.FOREFRONT;
                } else if (lagging > forefront && lagging >= settings.frameThreshold() - 1e-9) {
                    frame = Transitions.LAGGING;
                }
                evidence.addAll(frameEvidence);
            }
        }
        counters.record(split.words().isEmpty(), !pillars.isEmpty(), frame, blocked, negated);
        NewsThemeClassifier.Result news = newsThemes.classify(split, lang, themes);
        evidence.addAll(news.evidence());
        if (news.themes().equals(List.of(NewsThemes.OTHER))) {
            counters.recordOtherTheme();
        }
        return new Transitions(pillars, news.themes(), themes, frame, evidence);
    }

    private double weight(CueMatch m) {
        return m.cue().weight() * (m.title() ? settings.titleWeight() : 1.0);
    }

    private boolean negated(List<Word> words, CueMatch m, String lang) {
        Set<String> cues = lang == null ? allNegations : negations.getOrDefault(lang, allNegations);
        // a cue that carries its own negation ("n'a toujours pas", "no plan") is not reversed by it
        for (int k = m.from(); k < m.to(); k++) {
            if (cues.contains(words.get(k).norm())) {
                return false;
            }
        }
        int sentence = words.get(m.from()).sentence();
        for (int k = m.from() - 1; k >= 0 && k >= m.from() - settings.negationWindow(); k--) {
            if (words.get(k).sentence() != sentence) {
                break;
            }
            if (cues.contains(words.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> loadNegations() {
        Map<String, Set<String>> byLang = new HashMap<>();
        for (Row row : TabularResource.read(TransitionsClassifier.class, NEGATIONS, "negation list")) {
            if (row.size() != 2 || row.field(1).isBlank()) {
                throw row.error("expected lang<TAB>word");
            }
            byLang.computeIfAbsent(row.field(0).strip(), k -> new HashSet<>()).add(Folding.fold(row.field(1).strip()));
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        byLang.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return frozen;
    }
}
