package io.vigie.enrich.sentiment;

import io.vigie.model.Sentiment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sentiment toward the territory, and the tone of the whole text. A pure function: what counts is
 * how the sentences naming the territory (and their neighbours) portray it, not the overall mood —
 * a national strike story naming Marseille in a list stays neutral for Marseille. Where the rules find
 * an item about the territory neutral, a whole-item {@link PortrayalModel} may turn it polar (praise and
 * travel writing often carry no curated cue). Thread-safe.
 */
public final class TerritorySentimentAnalyzer {
    /** Neutral sentences still count, at half weight, so one polar word in a long neutral text stays mild. */
    private static final double NEUTRAL_SHARE = 0.5;
    private static final int EVIDENCE = 3;
    /** A curated news cue this strong (killing, fire, record investment) is an event, not a mood. */
    static final double STRONG_CUE = 0.7;
    private static final double STRONG_SHARE = 0.5;
    private static final int EVIDENCE_CHARS = 160;

    private final Map<String, Lexicon> lexicons;
    private final Map<String, TargetSentimentModel> models;
    private final SentimentSettings settings;
    /** Whole-item classifier consulted where the rules find no polar cue; null when absent. */
    private final PortrayalModel portrayal;
    private final SentenceScorer scorer;
    private final SentimentCounters counters = new SentimentCounters();

    /** Lexicon rules only, no supervised model. */
    public TerritorySentimentAnalyzer(Map<String, Lexicon> lexicons, SentimentSettings settings) {
        this(lexicons, Map.of(), settings);
    }

    /**
     * @param models per language, a supervised model that re-scores the sentences naming the target
     *               (it reads the lexicon score as a feature); languages without one use the rules alone
     */
    TerritorySentimentAnalyzer(Map<String, Lexicon> lexicons, Map<String, TargetSentimentModel> models,
                               SentimentSettings settings) {
        this(lexicons, models, null, settings);
    }

    /**
     * @param portrayal whole-item classifier that may turn a neutral verdict of the rules polar; null for none
     */
    TerritorySentimentAnalyzer(Map<String, Lexicon> lexicons, Map<String, TargetSentimentModel> models,
                               PortrayalModel portrayal, SentimentSettings settings) {
        this.lexicons = Map.copyOf(lexicons);
        this.models = Map.copyOf(models);
        this.portrayal = portrayal;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.scorer = new SentenceScorer(settings);
    }

    public static TerritorySentimentAnalyzer withDefaults() {
        return of(SentimentSettings.defaults());
    }

    public static TerritorySentimentAnalyzer of(SentimentSettings settings) {
        Map<String, TargetSentimentModel> models = new HashMap<>();
        TargetSentimentModel.load(SentimentTraining.RESOURCE).ifPresent(m -> models.put("en", m));
        return new TerritorySentimentAnalyzer(LexiconLoader.loadAll(settings.generalWeight()), models,
                PortrayalModel.loadDefault().orElse(null), settings);
    }

    /**
     * The same analyzer without the portrayal model: what that model is trained on top of, and what
     * judges a caller-given target (the model reads how the whole item portrays the territory).
     */
    public TerritorySentimentAnalyzer withoutPortrayal() {
        return new TerritorySentimentAnalyzer(lexicons, models, null, settings);
    }

    /** The same analyzer with another portrayal model (cross-validation). */
    TerritorySentimentAnalyzer withPortrayal(PortrayalModel model) {
        return new TerritorySentimentAnalyzer(lexicons, models, model, settings);
    }

    /** The rules without the supervised model: what the model is trained on top of. */
    static TerritorySentimentAnalyzer lexicalOnly(SentimentSettings settings) {
        return new TerritorySentimentAnalyzer(LexiconLoader.loadAll(settings.generalWeight()), settings);
    }

    /** Features of the first sentence naming a target, for training; empty when none does. */
    Optional<Map<String, Double>> targetFeatures(SentimentInput input) {
        String language = input.language() == null ? "" : input.language().toLowerCase(Locale.ROOT);
        Lexicon lexicon = lexicons.get(language);
        if (lexicon == null) {
            return Optional.empty();
        }
        for (Sentence s : SentenceSplitter.split(input.document(), input.titleEnd(), language)) {
            Set<Integer> target = targetWords(s, input.targets());
            if (!target.isEmpty()) {
                return Optional.of(features(s, lexicon, target, scorer.score(s, lexicon, target)));
            }
        }
        return Optional.empty();
    }

    private Map<String, Double> features(Sentence s, Lexicon lexicon, Set<Integer> target, SentenceScore lexical) {
        return TargetFeatures.extract(s, target, lexicon, lexical, scorer.score(s, lexicon, Set.of()));
    }

    /** A target sentence's score blended from the model and the rules, the lexical cues kept as evidence. */
    private SentenceScore modelScore(TargetSentimentModel model, Sentence s, Lexicon lexicon, Set<Integer> target,
                                     SentenceScore lexical) {
        Map<String, Double> features = features(s, lexicon, target, lexical);
        double[] p = model.probabilities(features);
        // where the rules know better (see TargetFeatures.rulesSpeak) they get half the model's share
        double w = TargetFeatures.rulesSpeak(features) ? settings.modelWeight() / 2 : settings.modelWeight();
        if (Math.abs(lexical.strongest()) >= STRONG_CUE) {
            w = settings.modelWeight() / 4;
        }
        double compound = w * modelCompound(p, settings.positiveThreshold()) + (1 - w) * lexical.compound();
        List<String> cues = new ArrayList<>(lexical.cues());
        cues.add(String.format(Locale.ROOT, "model %+.2f", p[TargetSentimentModel.POS] - p[TargetSentimentModel.NEG]));
        return lexical.withCompound(compound, cues);
    }

    /**
     * P(positive) - P(negative), moved so that the label thresholds agree with the model's most likely
     * class (on NewsMTSC its argmax beats any band on that difference): a neutral verdict stays inside the
     * band, a polar one reaches at least its edge.
     */
    static double modelCompound(double[] p, double band) {
        double d = p[TargetSentimentModel.POS] - p[TargetSentimentModel.NEG];
        double neutralEdge = 0.9 * band;
        if (p[TargetSentimentModel.NEU] >= p[TargetSentimentModel.POS] && p[TargetSentimentModel.NEU] >= p[TargetSentimentModel.NEG]) {
            return Math.max(-neutralEdge, Math.min(neutralEdge, d));
        }
        return d > 0 ? Math.max(d, band) : Math.min(d, -band);
    }

    public SentimentSettings settings() {
        return settings;
    }

    public SentimentCounters counters() {
        return counters;
    }

    public Sentiment analyze(SentimentInput input) {
        return evaluate(input, portrayal).sentiment();
    }

    private Analysis evaluate(SentimentInput input, PortrayalModel portrayal) {
        String detected = LanguageFallback.normalize(input.language());
        String language = detected;
        Lexicon lexicon = lexicons.get(language);
        String fallbackNote = null;
        if (lexicon == null) {
            Optional<String> guess = LanguageFallback.guess(input.document(), lexicons);
            if (guess.isEmpty()) {
                counters.record(Sentiment.NEUTRAL, !input.targets().isEmpty(), input.aboutTerritory(), false);
                return new Analysis(new Sentiment(Sentiment.NEUTRAL, 0, 0, Sentiment.NEUTRAL, 0,
                        List.of("no sentiment lexicon for language '" + language + "'")),
                        RuleSignals.of(Sentiment.NEUTRAL, 0, 0));
            }
            language = guess.get();
            lexicon = lexicons.get(language);
            fallbackNote = "no sentiment lexicon for language '" + detected + "': read as '" + language
                    + "' (closest vocabulary)";
        }
        TargetSentimentModel model = models.get(language);
        String document = input.document();
        List<Sentence> sentences = SentenceSplitter.split(document, input.titleEnd(), language);
        int n = sentences.size();
        SentenceScore[] scores = new SentenceScore[n];
        double[] toward = new double[n];
        String[] role = new String[n];
        boolean anyTarget = false;
        for (int k = 0; k < n; k++) {
            Sentence s = sentences.get(k);
            Set<Integer> target = targetWords(s, input.targets());
            scores[k] = scorer.score(s, lexicon, target);
            if (!target.isEmpty() && model != null) {
                scores[k] = modelScore(model, s, lexicon, target, scores[k]);
            }
            if (!target.isEmpty()) {
                anyTarget = true;
                toward[k] = (s.title() ? settings.titleWeight() : 1.0)
                        * (onlyPassing(s, input.targets()) ? settings.listedFactor() : 1.0);
                role[k] = onlyPassing(s, input.targets()) ? "listed mention" : "mention";
            }
        }
        // a mean would cancel the damping of listed mentions, so it also scales the neighbours and the score
        double[] mentionFactor = new double[n];
        double strength = 0;
        for (int k = 0; k < n; k++) {
            if (role[k] != null) {
                mentionFactor[k] = onlyPassing(sentences.get(k), input.targets()) ? settings.listedFactor() : 1.0;
                strength = Math.max(strength, mentionFactor[k]);
            }
        }
        for (int k = 0; k < n; k++) {
            if (role[k] == null) {
                continue;
            }
            for (int j = k - 1; j <= k + 1; j += 2) {
                if (j >= 0 && j < n && role[j] == null) {
                    double w = settings.neighbourWeight() * mentionFactor[k]
                            * (sentences.get(j).title() ? settings.titleWeight() : 1.0);
                    if (w > toward[j]) {
                        toward[j] = w;
                    }
                }
            }
        }
        for (int k = 0; k < n; k++) {
            if (toward[k] > 0 && role[k] == null) {
                role[k] = "next to a mention";
            }
        }
        double[] tone = new double[n];
        for (int k = 0; k < n; k++) {
            tone[k] = sentences.get(k).title() ? settings.titleWeight() : 1.0;
        }
        applySentenceContrast(sentences, toward);
        applySentenceContrast(sentences, tone);
        applyTense(scores, toward);
        applyTense(scores, tone);

        double toneScore = round(aggregate(scores, tone));
        String toneLabel = label(toneScore);
        List<String> evidence = new ArrayList<>();
        double score = 0;
        if (anyTarget) {
            score = aggregate(scores, toward) * strength;
            if (strength < 1) {
                evidence.add("named only in lists with outside places");
            }
            if (n > 0 && scores[0].procedural()) {
                // a headline announcing a trial, vote or ceremony frames the whole item as procedure: the
                // deaths it recalls or the budget it passes do not portray the place anew
                score *= SentenceScorer.RETROSPECT_FACTOR;
                evidence.add("framed as procedure by its " + (sentences.get(0).title() ? "headline" : "first sentence"));
            }
            if (!input.aboutTerritory()) {
                score *= settings.passingFactor();
                evidence.add("passing mention: the text is not about the territory");
            }
        } else {
            evidence.add("the territory is not named");
        }
        if (fallbackNote != null) {
            evidence.add(fallbackNote);
        }
        score = round(score);
        String label = anyTarget ? label(score) : Sentiment.NEUTRAL;
        evidence.addAll(0, strongest(sentences, scores, toward, role));
        RuleSignals signals = signals(label, score, toneScore, anyTarget, strength < 1, scores, toward);
        if (portrayal != null && anyTarget && input.aboutTerritory()) {
            Optional<PortrayalDecision.Verdict> verdict = portrayal.judge(language, input.title(), input.body(),
                    signals, Math.max(settings.positiveThreshold(), -settings.negativeThreshold()));
            if (verdict.isPresent()) {
                label = verdict.get().label();
                score = verdict.get().score();
                evidence.add(verdict.get().note());
            }
        }
        double confidence = confidence(label, score, anyTarget, lexicon.quality() * (fallbackNote == null ? 1 : 0.7));
        counters.record(label, anyTarget, input.aboutTerritory(), true);
        return new Analysis(new Sentiment(label, score, confidence, toneLabel, toneScore, evidence), signals);
    }

    /** What the rules saw, for the {@link PortrayalStacker}. */
    private static RuleSignals signals(String label, double score, double tone, boolean anyTarget, boolean listedOnly,
                                       SentenceScore[] scores, double[] toward) {
        int procedural = 0;
        int positive = 0;
        int negative = 0;
        double strongest = 0;
        for (int k = 0; k < scores.length; k++) {
            if (scores[k].procedural()) {
                procedural++;
            }
            if (toward[k] <= 0) {
                continue;
            }
            if (scores[k].compound() > 0) {
                positive++;
            } else if (scores[k].compound() < 0) {
                negative++;
            }
            if (Math.abs(scores[k].strongest()) > Math.abs(strongest)) {
                strongest = scores[k].strongest();
            }
        }
        boolean framed = anyTarget && scores.length > 0 && scores[0].procedural();
        return new RuleSignals(label, score, tone, framed, procedural, positive, negative, strongest, listedOnly);
    }

    /**
     * The rules' verdict and what they saw, without the portrayal model: what the stacker is trained on.
     */
    RuleSignals ruleSignals(SentimentInput input) {
        return evaluate(input, null).signals();
    }

    /** A verdict and the rules' signals behind it. */
    private record Analysis(Sentiment sentiment, RuleSignals signals) {
    }

    static Set<Integer> targetWords(Sentence s, List<TargetSpan> targets) {
        Set<Integer> out = new HashSet<>();
        List<Word> words = s.words();
        for (TargetSpan t : targets) {
            if (t.end() <= s.start() || t.start() >= s.end()) {
                continue;
            }
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).start() < t.end() && words.get(i).end() > t.start()) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private static boolean onlyPassing(Sentence s, List<TargetSpan> targets) {
        return targets.stream().filter(t -> t.start() < s.end() && t.end() > s.start()).allMatch(TargetSpan::passing);
    }

    /** A sentence opening with "But ..." outweighs the one before it. */
    private void applySentenceContrast(List<Sentence> sentences, double[] w) {
        for (int k = 1; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            String first = s.words().get(0).text();
            if (!sentences.get(k - 1).title() && isContrast(first, s.words().get(0))) {
                w[k] *= settings.contrastAfter();
                w[k - 1] *= settings.contrastBefore();
            }
        }
    }

    private static final Set<String> SENTENCE_CONTRASTS = Set.of("mais", "but", "however", "pero", "ma", "però",
            "aber", "jedoch", "cependant", "pourtant", "toutefois", "tuttavia", "doch", "allerdings", "yet");

    private static boolean isContrast(String first, Word word) {
        return SENTENCE_CONTRASTS.contains(first) && !word.quoted();
    }

    /** "Long the capital of crime ... Now hotels report records": the past state weighs less than the present. */
    private void applyTense(SentenceScore[] scores, double[] w) {
        boolean pastSeen = false;
        for (int k = 0; k < scores.length; k++) {
            switch (scores[k].tense()) {
                case PAST -> {
                    w[k] *= settings.contrastBefore();
                    pastSeen = true;
                }
                case NOW -> {
                    if (pastSeen) {
                        w[k] *= settings.contrastAfter();
                    }
                }
                default -> {
                }
            }
        }
    }

    /**
     * Weighted mean of the sentences, pulled toward the one carrying the strongest curated news event: a
     * killing or a record investment decides the story even when the sentences around it are flat. Only
     * a sentence that names the target can decide it: an event in a neighbouring sentence is about
     * something else as often as not (the company thrives, the city hall next to it is in crisis).
     */
    private static double aggregate(SentenceScore[] scores, double[] weights) {
        double sum = 0;
        double norm = 0;
        int strong = -1;
        for (int k = 0; k < scores.length; k++) {
            if (weights[k] <= 0) {
                continue;
            }
            sum += weights[k] * scores[k].compound();
            norm += weights[k] * (scores[k].compound() == 0 ? NEUTRAL_SHARE : 1.0);
            if (weights[k] >= 1.0 && Math.abs(scores[k].strongest()) >= STRONG_CUE
                    && Math.signum(scores[k].strongest()) == Math.signum(scores[k].compound())
                    && (strong < 0 || Math.abs(weights[k] * scores[k].compound())
                    > Math.abs(weights[strong] * scores[strong].compound()))) {
                strong = k;
            }
        }
        double mean = norm == 0 ? 0 : sum / norm;
        if (strong < 0) {
            return mean;
        }
        double top = scores[strong].compound() * Math.min(1, weights[strong]);
        return Math.abs(top) > Math.abs(mean) || Math.signum(top) != Math.signum(mean)
                ? mean + STRONG_SHARE * (top - mean) : mean;
    }

    private String label(double score) {
        if (score >= settings.positiveThreshold()) {
            return Sentiment.POSITIVE;
        }
        return score <= settings.negativeThreshold() ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
    }

    private double confidence(String label, double score, boolean anyTarget, double quality) {
        if (!anyTarget) {
            return round(0.3 * quality);
        }
        double margin = switch (label) {
            case Sentiment.POSITIVE -> (score - settings.positiveThreshold()) / 0.3;
            case Sentiment.NEGATIVE -> (settings.negativeThreshold() - score) / 0.3;
            default -> Math.min(settings.positiveThreshold() - score, score - settings.negativeThreshold())
                    / settings.positiveThreshold();
        };
        return round(quality * (0.4 + 0.6 * Math.min(1, Math.max(0, margin))));
    }

    private static List<String> strongest(List<Sentence> sentences, SentenceScore[] scores, double[] toward,
                                          String[] role) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            if (toward[k] > 0 && scores[k].compound() != 0) {
                order.add(k);
            }
        }
        order.sort(Comparator.comparingDouble(k -> -Math.abs(toward[k] * scores[k].compound())));
        List<String> out = new ArrayList<>();
        for (int k : order.subList(0, Math.min(EVIDENCE, order.size()))) {
            String text = sentences.get(k).text();
            if (text.length() > EVIDENCE_CHARS) {
                text = text.substring(0, EVIDENCE_CHARS - 1) + "…";
            }
            out.add(String.format(Locale.ROOT, "%+.2f %s: \"%s\" (%s)", scores[k].compound(), role[k], text,
                    String.join(", ", scores[k].cues())));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
