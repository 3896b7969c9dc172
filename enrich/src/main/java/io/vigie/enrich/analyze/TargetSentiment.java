package io.vigie.enrich.analyze;

import io.vigie.enrich.sentiment.SentimentInput;
import io.vigie.enrich.sentiment.TargetSpan;
import io.vigie.enrich.sentiment.TerritorySentimentAnalyzer;
import io.vigie.model.Sentiment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sentiment toward a caller-given target (an institution, a company, a person) rather than the
 * territory: the same sentence scorer and aggregation as the territory path, fed with the target's
 * occurrences instead of the gazetteer's. Pure and thread-safe.
 */
public final class TargetSentiment {
    /** Up to this many words, a text is a headline and lead: naming the target there makes it the subject. */
    static final int SHORT_TEXT_WORDS = 80;

    private final TerritorySentimentAnalyzer analyzer;

    public TargetSentiment(TerritorySentimentAnalyzer analyzer) {
        // The portrayal model judges the whole item's portrayal of the territory, not a given target.
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer").withoutPortrayal();
    }

    /**
     * @param language ISO 639-1 code of the text
     * @param spans    where the target is named, from {@link TargetLocator}
     */
    public Sentiment analyze(String language, String title, String text, String target, List<TargetSpan> spans) {
        boolean about = isAbout(title, text, spans);
        Sentiment s = analyzer.analyze(new SentimentInput(language, title, text, spans, about));
        if (spans.isEmpty()) {
            // the analyzer speaks of "the territory"; say which target was missing
            return new Sentiment(Sentiment.NEUTRAL, 0, s.confidence(), s.toneLabel(), s.toneScore(),
                    List.of("target '" + target + "' is not named in the text"));
        }
        List<String> evidence = new ArrayList<>();
        for (String e : s.evidence()) {
            evidence.add(e.replace("the text is not about the territory", "the text is not about the target"));
        }
        return new Sentiment(s.label(), s.score(), s.confidence(), s.toneLabel(), s.toneScore(), evidence);
    }

    /**
     * The target is the subject when the headline names it, when it comes back, or when the text is
     * only a headline and a lead; otherwise it is a passing mention and weighs less, as for the territory.
     */
    static boolean isAbout(String title, String text, List<TargetSpan> spans) {
        if (spans.isEmpty()) {
            return false;
        }
        int titleEnd = title == null || title.isBlank() ? 0 : title.strip().length();
        if (spans.size() >= 2 || spans.get(0).start() < titleEnd) {
            return true;
        }
        return words(title) + words(text) <= SHORT_TEXT_WORDS;
    }

    private static int words(String s) {
        if (s == null) {
            return 0;
        }
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
