package io.vigie.enrich;

import io.vigie.enrich.language.LanguageDetector;
import io.vigie.enrich.language.LanguageStep;
import io.vigie.enrich.sentiment.SentimentStep;
import io.vigie.enrich.sentiment.TerritorySentimentAnalyzer;
import io.vigie.enrich.territory.TerritoryRecognizer;
import io.vigie.enrich.territory.TerritoryStep;
import io.vigie.enrich.transitions.TransitionsClassifier;
import io.vigie.enrich.transitions.TransitionsStep;
import io.vigie.model.EnrichedMention;
import io.vigie.model.RawMention;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Turns a raw mention into an enriched one by running annotation steps in order. Stateless and
 * thread-safe as long as its steps are, so one instance serves every stream thread.
 */
public final class Enricher {
    private final List<EnrichmentStep> steps;
    private final Clock clock;

    public Enricher(List<EnrichmentStep> steps, Clock clock) {
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("an enricher needs at least one step");
        }
        this.steps = List.copyOf(steps);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The production pipeline. Language comes first and territory second because the later steps
     * read them: sentiment is scored toward the places found, frames need a relevant territory.
     */
    public static Enricher standard(LanguageDetector language, TerritoryRecognizer territory,
                                    TerritorySentimentAnalyzer sentiment, TransitionsClassifier transitions,
                                    Clock clock) {
        return new Enricher(List.of(
                new LanguageStep(language),
                new TerritoryStep(territory),
                new SentimentStep(territory, sentiment),
                new TransitionsStep(transitions)), clock);
    }

    /** {@link #standard} with every model and lexicon loaded once from the classpath (a few seconds). */
    public static Enricher withDefaults(Clock clock) {
        return standard(LanguageDetector.withDefaults(), TerritoryRecognizer.withDefaults(),
                TerritorySentimentAnalyzer.withDefaults(), TransitionsClassifier.withDefaults(), clock);
    }

    /**
     * @throws EnrichmentException naming the failing step; the caller dead-letters the mention
     */
    public EnrichedMention enrich(RawMention mention) {
        Objects.requireNonNull(mention, "mention");
        EnrichmentDraft draft = new EnrichmentDraft();
        for (EnrichmentStep step : steps) {
            try {
                step.annotate(mention, draft);
            } catch (RuntimeException e) {
                throw new EnrichmentException(step.name(), mention.id(), e);
            }
        }
        try {
            return draft.build(mention, clock.instant());
        } catch (RuntimeException e) {
            throw new EnrichmentException("build", mention.id(), e);
        }
    }

    public List<String> stepNames() {
        return steps.stream().map(EnrichmentStep::name).toList();
    }
}
