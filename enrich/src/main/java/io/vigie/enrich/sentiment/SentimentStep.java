package io.vigie.enrich.sentiment;

import io.vigie.enrich.EnrichmentDraft;
import io.vigie.enrich.EnrichmentStep;
import io.vigie.enrich.territory.NameSpan;
import io.vigie.enrich.territory.TerritoryRecognizer;
import io.vigie.model.LanguageGuess;
import io.vigie.model.RawMention;
import io.vigie.model.Territory;
import java.util.List;
import java.util.Objects;

/**
 * Sentiment toward the territory. Runs after the language and territory steps: it reads the language
 * and whether the text is about the territory, and finds the sentences naming it with the same
 * recognizer (so false friends and homonyms are excluded the same way).
 */
public final class SentimentStep implements EnrichmentStep {
    private final TerritoryRecognizer recognizer;
    private final TerritorySentimentAnalyzer analyzer;

    public SentimentStep(TerritoryRecognizer recognizer, TerritorySentimentAnalyzer analyzer) {
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    @Override
    public String name() {
        return "sentiment";
    }

    public SentimentCounters counters() {
        return analyzer.counters();
    }

    @Override
    public void annotate(RawMention mention, EnrichmentDraft draft) {
        LanguageGuess language = draft.language();
        Territory territory = draft.territory();
        String body = body(mention);
        boolean named = territory != null && (!territory.places().isEmpty() || !territory.entities().isEmpty());
        List<TargetSpan> targets = named
                ? recognizer.nameSpans(SentimentInput.document(mention.title(), body)).stream()
                        .map(SentimentStep::toTarget).toList()
                : List.of();
        draft.sentiment(analyzer.analyze(new SentimentInput(language == null ? null : language.code(),
                mention.title(), body, targets, territory != null && territory.relevant())));
    }

    private static TargetSpan toTarget(NameSpan span) {
        return new TargetSpan(span.start(), span.end(), span.listed());
    }

    /** Same text the territory step read: the description often holds a standfirst the page omits. */
    private static String body(RawMention mention) {
        String text = mention.text() == null ? "" : mention.text();
        String description = mention.description();
        if (description == null || description.isBlank() || text.contains(description.strip())) {
            return text;
        }
        return description + "\n\n" + text;
    }
}
