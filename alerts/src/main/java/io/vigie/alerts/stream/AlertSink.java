package io.vigie.alerts.stream;

import io.vigie.model.AlertEvent;

/** Where alert events go once committed (e-mail, Elasticsearch). Must be idempotent by {@link AlertEvent#key()}. */
public interface AlertSink {
    String name();

    void deliver(AlertEvent alert) throws Exception;
}
