package io.vigie.enrich;

import io.vigie.model.EnrichedMention;
import io.vigie.model.LanguageGuess;
import io.vigie.model.RawMention;
import io.vigie.model.Sentiment;
import io.vigie.model.Territory;
import io.vigie.model.Transitions;
import java.time.Instant;
import java.util.Objects;

/**
 * Annotations gathered for one mention while steps run. Mutable and confined to one enrichment
 * call; later steps read what earlier ones wrote (sentiment needs the language and the places).
 */
public final class EnrichmentDraft {
    private LanguageGuess language;
    private Territory territory;
    private Sentiment sentiment;
    private Transitions transitions;
    private String storyId;

    public LanguageGuess language() {
        return language;
    }

    public EnrichmentDraft language(LanguageGuess guess) {
        this.language = Objects.requireNonNull(guess, "language guess");
        return this;
    }

    public Territory territory() {
        return territory;
    }

    public EnrichmentDraft territory(Territory annotation) {
        this.territory = Objects.requireNonNull(annotation, "territory");
        return this;
    }

    public Sentiment sentiment() {
        return sentiment;
    }

    public EnrichmentDraft sentiment(Sentiment annotation) {
        this.sentiment = Objects.requireNonNull(annotation, "sentiment");
        return this;
    }

    public Transitions transitions() {
        return transitions;
    }

    public EnrichmentDraft transitions(Transitions annotation) {
        this.transitions = Objects.requireNonNull(annotation, "transitions");
        return this;
    }

    public String storyId() {
        return storyId;
    }

    public EnrichmentDraft storyId(String id) {
        this.storyId = Objects.requireNonNull(id, "story id");
        return this;
    }

    EnrichedMention build(RawMention mention, Instant enrichedAt) {
        if (language == null) {
            throw new IllegalStateException("no step set the language of mention " + mention.id());
        }
        return new EnrichedMention(EnrichedMention.SCHEMA_VERSION, mention, language, territory, sentiment,
                transitions, storyId, enrichedAt);
    }
}
