package io.vigie.alerts.event;

/** Topic names of the alerts stage (to move to {@code io.vigie.model.Topics}). */
public final class AlertTopics {
    /** Alert events, keyed by {@link AlertEvent#key()}; written transactionally by the detector. */
    public static final String ALERTS = "vigie.alerts";
    /** Compacted: key = {@link AlertEvent#key()}, value = when the e-mail went out. */
    public static final String ALERTS_SENT = "vigie.alerts.sent";

    private AlertTopics() {
    }
}
