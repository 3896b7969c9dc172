package io.vigie.model;

import java.util.List;

/** Kafka topic names: the contract between the pipeline's stages. */
public final class Topics {
    /** Raw mentions from ingest, keyed by mention id. */
    public static final String MENTIONS_RAW = "vigie.mentions.raw";
    /** Enriched mentions from enrich, keyed by mention id. */
    public static final String MENTIONS_ENRICHED = "vigie.mentions.enriched";
    /** Records a stage could not process, keyed like their source record. */
    public static final String DEAD_LETTERS = "vigie.dlq";

    private Topics() {
    }

    public static List<String> all() {
        return List.of(MENTIONS_RAW, MENTIONS_ENRICHED, DEAD_LETTERS);
    }
}
