package io.vigie.alerts.event;

import io.vigie.model.json.JsonSerde;

/** Shared serdes of the alert events (to move to {@code io.vigie.model.json.EventSerdes}). */
public final class AlertSerdes {
    public static final JsonSerde<AlertEvent> ALERT_EVENT = new JsonSerde<>(AlertEvent.class);

    private AlertSerdes() {
    }
}
