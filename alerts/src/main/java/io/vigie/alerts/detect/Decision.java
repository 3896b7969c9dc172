package io.vigie.alerts.detect;

import io.vigie.model.AlertEvent;
import java.util.List;

/**
 * Outcome of one or more windows of one series.
 *
 * @param next       state to store
 * @param assessment assessment of the (last) observed window, null when the window was ignored
 * @param alerts     notifications to emit, in order
 * @param ignored    why the window was ignored (late or duplicate), else null
 */
public record Decision(SeriesState next, Assessment assessment, List<AlertEvent> alerts, String ignored) {
    public Decision {
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }
}
