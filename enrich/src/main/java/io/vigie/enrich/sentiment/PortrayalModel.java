package io.vigie.enrich.sentiment;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Supervised classifier of how a whole item portrays the territory (negative, neutral, positive),
 * trained on the hand-labeled territory items in five languages by {@link PortrayalTraining}. The shipped
 * model reads the text only ({@link PortrayalFeatures}); on items with a headline a {@link PortrayalStacker}
 * combines its probabilities with the rules' signals, elsewhere the thresholds of {@link PortrayalDecision}
 * do (the variant reading the rules' verdict is kept for the cross-validation that rejected it).
 * Consulted by {@link TerritorySentimentAnalyzer}. Immutable, thread-safe.
 */
final class PortrayalModel {
    static final String RESOURCE = "/sentiment/model/portrayal.tsv.gz";
    /** Set on cross-validation over the training items (see the sentiment README), never on held-out data. */
    static final double MIN_PROBABILITY = 0.7;
    /**
     * A polar verdict of the rules with |score| below 0.5 gives way when the model is at least 0.8 sure of
     * another class. Set on cross-validation over the training items (see the sentiment README).
     */
    static final PortrayalDecision.WeakOverride WEAK_OVERRIDE = new PortrayalDecision.WeakOverride(0.5, 0.8);

    /** Whether the shipped model reads the rules' verdict as features (stacking) or the text alone. */
    static final boolean READS_RULES = false;

    private final TargetSentimentModel model;
    private final boolean readsRules;
    /**
     * The model may only turn a neutral verdict positive. With the 500 items of portrayal-train2 letting it
     * turn neutral negative at p >= 0.7 gains in cross-validation (0.862 -> 0.876 macro-F1 with the weak
     * override), but a bag of words still reads topic as portrayal on short factual items ("Die Behörden
     * von Marseille tagen im Rat": P(negative) 0.90, "Behörden" being frequent in crime stories), and at a
     * threshold that spares such items (0.95) the gain is gone (0.864); neutral read as negative is
     * already the rules' main confusion on fresh data.
     */
    static final boolean POSITIVE_ONLY = true;

    private final double minProbability;
    private final boolean positiveOnly;
    private final PortrayalDecision.WeakOverride weakOverride;
    /** When present, decides from the rules' signals and the text model's probabilities instead of thresholds. */
    private final PortrayalStacker stacker;

    PortrayalModel(TargetSentimentModel model, boolean readsRules, double minProbability, boolean positiveOnly) {
        this(model, readsRules, minProbability, positiveOnly, null);
    }

    /** @param weakOverride when a weak polar verdict of the rules gives way to the model; null for never */
    PortrayalModel(TargetSentimentModel model, boolean readsRules, double minProbability, boolean positiveOnly,
                   PortrayalDecision.WeakOverride weakOverride) {
        this(model, readsRules, minProbability, positiveOnly, weakOverride, null);
    }

    /** A text-only model whose probabilities are combined with the rules by a stacker. */
    PortrayalModel(TargetSentimentModel model, PortrayalStacker stacker) {
        this(model, false, MIN_PROBABILITY, POSITIVE_ONLY, WEAK_OVERRIDE, Objects.requireNonNull(stacker, "stacker"));
    }

    private PortrayalModel(TargetSentimentModel model, boolean readsRules, double minProbability, boolean positiveOnly,
                           PortrayalDecision.WeakOverride weakOverride, PortrayalStacker stacker) {
        this.stacker = stacker;
        this.positiveOnly = positiveOnly;
        this.weakOverride = weakOverride;
        this.model = Objects.requireNonNull(model, "model");
        this.readsRules = readsRules;
        if (!(minProbability >= 0 && minProbability <= 1)) {
            throw new IllegalArgumentException("minProbability must be in [0, 1], got " + minProbability);
        }
        this.minProbability = minProbability;
    }

    /** The model shipped at {@value #RESOURCE}, or empty when there is none. */
    static Optional<PortrayalModel> loadDefault() {
        return TargetSentimentModel.load(RESOURCE).map(m -> PortrayalStacker.loadDefault()
                .map(stacker -> new PortrayalModel(m, stacker))
                .orElseGet(() -> new PortrayalModel(m, READS_RULES, MIN_PROBABILITY, POSITIVE_ONLY, WEAK_OVERRIDE)));
    }

    TargetSentimentModel model() {
        return model;
    }

    double[] probabilities(String language, String title, String body, PortrayalFeatures.RuleView rules) {
        Map<String, Double> features = PortrayalFeatures.extract(language, title, body, readsRules ? rules : null);
        return model.probabilities(features);
    }

    /** The verdict of the stacker (when present) or of the thresholds, when it overrules the rules, else empty. */
    Optional<PortrayalDecision.Verdict> judge(String language, String title, String body, RuleSignals signals,
                                              double band) {
        // the stacker learned from headline + lead items only; a lone sentence (no headline) is outside what it
        // has seen (on NewsMTSC's single sentences it turned weak verdicts neutral: rw_dev macro-F1 0.64 -> 0.54),
        // so there the thresholds decide
        if (stacker != null && !readsRules && title != null && !title.isBlank()) {
            return stacker.judge(language, title, body, signals, probabilities(language, title, body, null), band);
        }
        return judge(language, title, body, signals.view(), band);
    }

    /** The model's verdict when it overrules the rules, else empty. */
    Optional<PortrayalDecision.Verdict> judge(String language, String title, String body,
                                              PortrayalFeatures.RuleView rules, double band) {
        if (!"neutral".equals(rules.label())
                && (weakOverride == null || Math.abs(rules.score()) >= weakOverride.maxRuleScore())) {
            return Optional.empty();
        }
        return PortrayalDecision.decide(rules.label(), rules.score(), probabilities(language, title, body, rules),
                minProbability, band, positiveOnly, weakOverride);
    }
}
