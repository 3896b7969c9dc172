package io.vigie.enrich.sentiment;

import io.vigie.enrich.EnrichmentDraft;
import io.vigie.enrich.EnrichmentStep;
import io.vigie.enrich.MentionBody;
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
        String body = MentionBody.of(mention);
        boolean named = territory != null && (!territory.places().isEmpty() || !territory.entities().isEmpty());
        String document = SentimentInput.document(mention.title(), body);
        List<TargetSpan> targets = named
                ? recognizer.nameSpans(document).stream().map(SentimentStep::toTarget).toList()
                : List.of();
        targets = DemonymFinder.withDemonyms(document, targets);
        draft.sentiment(analyzer.analyze(new SentimentInput(language(language, mention), mention.title(), body,
                targets, territory != null && territory.relevant())));
    }

    /**
     * The detected language when a lexicon exists for it, else the first supported language hint of the
     * feed; else the detected code, and the analyzer falls back to the closest vocabulary.
     */
    static String language(LanguageGuess detected, RawMention mention) {
        String code = detected == null ? null : detected.code();
        if (code != null && LexiconLoader.LANGUAGES.contains(code.toLowerCase(java.util.Locale.ROOT))) {
            return code;
        }
        if (mention.languageHints() != null) {
            for (String hint : mention.languageHints()) {
                String h = hint == null ? "" : hint.strip().toLowerCase(java.util.Locale.ROOT);
                h = h.length() > 2 ? h.substring(0, 2) : h;
                if (LexiconLoader.LANGUAGES.contains(h)) {
                    return h;
                }
            }
        }
        return code;
    }

    private static TargetSpan toTarget(NameSpan span) {
        return new TargetSpan(span.start(), span.end(), span.listed());
    }
}
