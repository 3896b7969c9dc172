package io.vigie.enrich;

import io.vigie.model.RawMention;

/**
 * One annotation family (language today; relevance, sentiment, topics later). A step is a pure
 * function of the mention and of what earlier steps wrote into the draft, so that it can be
 * unit-tested without Kafka and steps can be reordered or added without touching the stream.
 */
public interface EnrichmentStep {

    /** Short stable name, used in dead-letter reasons and counters. */
    String name();

    /** Reads the mention (and earlier annotations from the draft), writes its own annotations. */
    void annotate(RawMention mention, EnrichmentDraft draft);
}
