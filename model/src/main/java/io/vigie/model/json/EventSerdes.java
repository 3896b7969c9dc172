package io.vigie.model.json;

import io.vigie.model.AlertEvent;
import io.vigie.model.DeadLetter;
import io.vigie.model.EnrichedMention;
import io.vigie.model.RawMention;

/** One serde per event type, to be shared rather than re-created. */
public final class EventSerdes {
    public static final JsonSerde<RawMention> RAW_MENTION = new JsonSerde<>(RawMention.class);
    public static final JsonSerde<EnrichedMention> ENRICHED_MENTION = new JsonSerde<>(EnrichedMention.class);
    public static final JsonSerde<DeadLetter> DEAD_LETTER = new JsonSerde<>(DeadLetter.class);
    public static final JsonSerde<AlertEvent> ALERT_EVENT = new JsonSerde<>(AlertEvent.class);

    private EventSerdes() {
    }
}
