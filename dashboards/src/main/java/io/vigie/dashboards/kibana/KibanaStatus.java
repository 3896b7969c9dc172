package io.vigie.dashboards.kibana;

/** What {@code GET /api/status} told us. */
public record KibanaStatus(String version, int major, String overallLevel) {
}
