package io.vigie.enrich.analyze;

import io.vigie.enrich.Enricher;
import io.vigie.enrich.EnrichmentException;
import io.vigie.enrich.language.LanguageDetector;
import io.vigie.enrich.sentiment.TargetSpan;
import io.vigie.enrich.sentiment.TerritorySentimentAnalyzer;
import io.vigie.enrich.territory.TerritoryRecognizer;
import io.vigie.enrich.transitions.TransitionsClassifier;
import io.vigie.model.EnrichedMention;
import io.vigie.model.LanguageGuess;
import io.vigie.model.RawMention;
import io.vigie.model.Sentiment;
import io.vigie.model.SourceRef;
import io.vigie.model.TextSource;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Analyzes one request with the production enrichment pipeline, then, when the request names a
 * target, replaces the territory sentiment with the sentiment toward it. Models are loaded once by
 * the caller; thread-safe, so one instance serves every worker.
 */
public final class MentionAnalyzer {
    static final SourceRef SOURCE = new SourceRef("analyze", "vigie analyze", "offline", null, null, null, null, 1.0);

    private final Enricher enricher;
    private final TargetSentiment targetSentiment;
    private final Instant seen;

    public MentionAnalyzer(Enricher enricher, TargetSentiment targetSentiment, Clock clock) {
        this.enricher = Objects.requireNonNull(enricher, "enricher");
        this.targetSentiment = Objects.requireNonNull(targetSentiment, "target sentiment");
        this.seen = clock.instant();
    }

    /** Every model and lexicon loaded from the classpath, once (a few seconds). */
    public static MentionAnalyzer withDefaults(Clock clock) {
        TerritorySentimentAnalyzer sentiment = TerritorySentimentAnalyzer.withDefaults();
        Enricher enricher = Enricher.standard(LanguageDetector.withDefaults(), TerritoryRecognizer.withDefaults(),
                sentiment, TransitionsClassifier.withDefaults(), clock);
        return new MentionAnalyzer(enricher, new TargetSentiment(sentiment), clock);
    }

    /** @throws LineError when a step fails or the target offsets do not match the text */
    public Analysis analyze(AnalyzeRequest request) {
        EnrichedMention enriched;
        try {
            enriched = enricher.enrich(toMention(request));
        } catch (EnrichmentException e) {
            throw new LineError(request.line(), request.id(), e.getMessage());
        }
        if (!request.hasTarget()) {
            return new Analysis(request, enriched, enriched.sentiment(), 0);
        }
        List<TargetSpan> spans;
        try {
            spans = TargetLocator.locate(request.title(), request.text(), request.target(), request.from(),
                    request.to());
        } catch (IllegalArgumentException e) {
            throw new LineError(request.line(), request.id(), e.getMessage());
        }
        LanguageGuess lang = enriched.language();
        Sentiment sentiment = targetSentiment.analyze(lang.code(), request.title(), request.text(), request.target(),
                spans);
        return new Analysis(request, enriched, sentiment, spans.size());
    }

    private RawMention toMention(AnalyzeRequest r) {
        String url = r.url() == null || r.url().isBlank() ? null : r.url();
        String domain = domain(url);
        SourceRef source = domain == null ? SOURCE
                : new SourceRef("analyze", "vigie analyze", "offline", domain, null, null, null, 1.0);
        List<String> hints = r.lang() == null || r.lang().isBlank() ? List.of() : List.of(r.lang().strip());
        return new RawMention(RawMention.SCHEMA_VERSION, r.id(), url, url == null ? "analyze:" + r.id() : url,
                r.title(), r.text(), TextSource.PAGE, r.published(), null, seen, List.of(), hints, null, null, null,
                null, source);
    }

    /** The host of the url, so that a local outlet gets its small relevance prior as in production. */
    private static String domain(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
