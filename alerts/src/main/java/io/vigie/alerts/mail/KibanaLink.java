package io.vigie.alerts.mail;

import java.time.Duration;
import java.time.Instant;

/** Link to the negative-coverage dashboard, on the incident's time range (with an hour of context). */
public final class KibanaLink {
    public static final String DASHBOARD_ID = "vigie-dashboard-negative";

    private KibanaLink() {
    }

    public static String of(String kibanaBaseUrl, Instant from, Instant to) {
        if (SafeText.httpLink(kibanaBaseUrl) == null) {
            return null;
        }
        String base = kibanaBaseUrl.strip().replaceAll("/+$", "");
        Instant f = from.minus(Duration.ofHours(1));
        Instant t = to.plus(Duration.ofHours(1));
        return base + "/app/dashboards#/view/" + DASHBOARD_ID + "?_g=(time:(from:'" + f + "',to:'" + t + "'))";
    }
}
