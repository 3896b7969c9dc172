package io.vigie.enrich.sentiment;

import io.vigie.model.Sentiment;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A calibrated combination of the rules and the text-only {@link PortrayalModel}: a small multinomial
 * logistic regression over the rules' score, how many sentences they found polar or procedural, the
 * strongest news cue, the text model's three probabilities, numbers and quote marks, and the language.
 * It replaces hand thresholds on the text model (turn neutral positive at p >= 0.7, overrule a weak verdict
 * at p >= 0.8). Trained by {@link PortrayalStacking} on out-of-fold probabilities of the text model, so it
 * learns how far those probabilities can be trusted on text the model has not seen. Immutable, thread-safe.
 */
final class PortrayalStacker {
    static final String RESOURCE = "/sentiment/model/portrayal-stack.tsv.gz";

    /**
     * When the stacker may change the rules' verdict.
     *
     * @param minProbability   probability its class needs to overrule the rules
     * @param negativeNeedsCue it may turn a neutral verdict negative only where the rules saw a negative
     *                         sentence: a bag of words reads topic as portrayal on short factual items
     *                         ("Die Behörden von Marseille tagen im Rat": text model P(negative) 0.90)
     */
    record Policy(double minProbability, boolean negativeNeedsCue) {
        Policy {
            if (!(minProbability >= 0 && minProbability <= 1)) {
                throw new IllegalArgumentException("stacker minProbability must be in [0, 1], got " + minProbability);
            }
        }
    }

    /** Chosen on cross-validation over the training items (see the sentiment README). */
    static final Policy POLICY = new Policy(0, true);

    private final TargetSentimentModel model;
    private final Policy policy;

    PortrayalStacker(TargetSentimentModel model) {
        this(model, POLICY);
    }

    PortrayalStacker(TargetSentimentModel model, Policy policy) {
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.policy = java.util.Objects.requireNonNull(policy, "policy");
    }

    PortrayalStacker withPolicy(Policy other) {
        return new PortrayalStacker(model, other);
    }

    static Optional<PortrayalStacker> loadDefault() {
        return TargetSentimentModel.load(RESOURCE).map(PortrayalStacker::new);
    }

    TargetSentimentModel model() {
        return model;
    }

    double[] probabilities(String language, String title, String body, RuleSignals rules, double[] text) {
        return model.probabilities(features(language, title, body, rules, text));
    }

    /** The stacker's verdict when it differs from the rules', else empty. */
    Optional<PortrayalDecision.Verdict> judge(String language, String title, String body, RuleSignals rules,
                                              double[] text, double band) {
        double[] p = probabilities(language, title, body, rules, text);
        int best = PortrayalDecision.argmax(p);
        String label = best == TargetSentimentModel.POS ? Sentiment.POSITIVE
                : best == TargetSentimentModel.NEG ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        if (label.equals(rules.label()) || p[best] < policy.minProbability()) {
            return Optional.empty();
        }
        // the rules' polarity itself is never reversed: negation and shifters are what they do best
        // ("Marseille n'est pas dangereuse"), and a bag of words reads them backwards
        boolean flip = !Sentiment.NEUTRAL.equals(label) && !Sentiment.NEUTRAL.equals(rules.label());
        if (flip || (policy.negativeNeedsCue() && Sentiment.NEGATIVE.equals(label) && rules.negativeSentences() == 0)) {
            return Optional.empty();
        }
        double d = p[TargetSentimentModel.POS] - p[TargetSentimentModel.NEG];
        double score = switch (label) {
            case Sentiment.POSITIVE -> Math.max(band, d);
            case Sentiment.NEGATIVE -> Math.min(-band, d);
            // neutral, keeping the rules' lean inside the band: the score still says which way they lean
            default -> Math.max(-0.9 * band, Math.min(0.9 * band, rules.score()));
        };
        score = Math.round(score * 1000) / 1000.0;
        return Optional.of(new PortrayalDecision.Verdict(label, score, String.format(Locale.ROOT,
                "portrayal model: %s (stacker p=%.2f) over the rules' %s (score %.2f; text model p(neg/neu/pos) = %.2f/%.2f/%.2f)",
                label, p[best], rules.label(), rules.score(), text[TargetSentimentModel.NEG],
                text[TargetSentimentModel.NEU], text[TargetSentimentModel.POS])));
    }

    /** Dense features, each in [-1, 1]. A pure function. */
    static Map<String, Double> features(String language, String title, String body, RuleSignals r, double[] text) {
        Map<String, Double> f = new HashMap<>();
        double s = clamp(r.score() * 3);
        f.put("r:score", s);
        f.put("r:abs", Math.abs(s));
        f.put("r:label:" + r.label(), 1.0);
        f.put("r:tone", clamp(r.tone() * 3));
        f.put("r:procHead", r.framedAsProcedure() ? 1.0 : 0.0);
        f.put("r:procN", Math.min(1, r.proceduralSentences() / 3.0));
        f.put("r:posN", Math.min(1, r.positiveSentences() / 3.0));
        f.put("r:negN", Math.min(1, r.negativeSentences() / 3.0));
        f.put("r:mixed", r.positiveSentences() > 0 && r.negativeSentences() > 0 ? 1.0 : 0.0);
        f.put("r:strong", clamp(r.strongestCue()));
        f.put("r:listed", r.listedOnly() ? 1.0 : 0.0);
        f.put("m:neg", text[TargetSentimentModel.NEG]);
        f.put("m:neu", text[TargetSentimentModel.NEU]);
        f.put("m:pos", text[TargetSentimentModel.POS]);
        f.put("m:diff", text[TargetSentimentModel.POS] - text[TargetSentimentModel.NEG]);
        // the rules' confidence and the model's, crossed: a weak rule verdict is where the model should speak
        f.put("x:weakRule*m:diff", (1 - Math.abs(s)) * (text[TargetSentimentModel.POS] - text[TargetSentimentModel.NEG]));
        f.put("x:weakRule*m:neu", (1 - Math.abs(s)) * text[TargetSentimentModel.NEU]);
        f.put("x:procHead*m:neu", r.framedAsProcedure() ? text[TargetSentimentModel.NEU] : 0.0);
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        List<String> words = PortrayalFeatures.words(SentimentInput.document(title, body), lang);
        int numbers = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                numbers++;
            }
        }
        f.put("t:numbers", Math.min(1, numbers / 4.0));
        f.put("t:quotes", quoteMarks(SentimentInput.document(title, body)) ? 1.0 : 0.0);
        f.put("t:short", words.size() < 20 ? 1.0 : 0.0);
        f.put("t:title", title == null || title.isBlank() ? 0.0 : 1.0);
        f.put("lang:" + lang, 1.0);
        return f;
    }

    private static boolean quoteMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '«' || c == '»' || c == '“' || c == '”' || c == '„') {
                return true;
            }
        }
        return false;
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }
}
