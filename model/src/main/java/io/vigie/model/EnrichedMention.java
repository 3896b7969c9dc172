package io.vigie.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A raw mention with its NLP annotations. Published to {@link Topics#MENTIONS_ENRICHED}, keyed by
 * the mention id. New annotation families are added as new nullable components and a higher
 * {@link #SCHEMA_VERSION}; readers ignore components they do not know, and annotations a step
 * did not produce are null.
 *
 * @param schemaVersion version of this event's schema
 * @param mention       the raw mention, unchanged
 * @param language      detected language
 * @param territory     relevance to the territory and places named (since version 2)
 * @param sentiment     portrayal of the territory and whole-text tone (since version 2)
 * @param transitions   transition pillars, themes and frame (since version 2)
 * @param storyId       id shared by syndicated copies of one story (since version 2)
 * @param enrichedAt    when enrich produced this event
 */
public record EnrichedMention(
        int schemaVersion,
        RawMention mention,
        LanguageGuess language,
        Territory territory,
        Sentiment sentiment,
        Transitions transitions,
        String storyId,
        Instant enrichedAt) {

    public static final int SCHEMA_VERSION = 2;

    public EnrichedMention {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(language, "language");
    }

    public String id() {
        return mention.id();
    }
}
