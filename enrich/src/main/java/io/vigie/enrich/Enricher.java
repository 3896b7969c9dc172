package io.vigie.enrich;

import io.vigie.enrich.language.LanguageDetector;
import io.vigie.enrich.language.LanguageStep;
import io.vigie.model.EnrichedMention;
import io.vigie.model.RawMention;
import io.vigie.enrich.territory.TerritoryRecognizer;
import io.vigie.enrich.territory.TerritoryStep;
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

    /** The production pipeline: language first, since the other steps read it. */
    public static Enricher standard(LanguageDetector languageDetector, TerritoryRecognizer territory, Clock clock) {
        return new Enricher(List.of(new LanguageStep(languageDetector), new TerritoryStep(territory)), clock);
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
