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
    /** Alert events, keyed by {@link AlertEvent#key()}; written transactionally by the alerts stage. */
    public static final String ALERTS = "vigie.alerts";
    /** Compacted: key = {@link AlertEvent#key()}, value = when its e-mail went out. */
    public static final String ALERTS_SENT = "vigie.alerts.sent";

    private Topics() {
    }

    /**
     * The pipeline topics created up front. {@link #ALERTS} and {@link #ALERTS_SENT} are not among
     * them: the alerts stage creates its own (the sent log must be compacted).
     */
    public static List<String> all() {
        return List.of(MENTIONS_RAW, MENTIONS_ENRICHED, DEAD_LETTERS);
    }
}
