package io.vigie.alerts.detect;

import java.util.List;

/**
 * Why a window is or is not a spike.
 *
 * @param observed      weighted negative stories
 * @param expected      baseline after floor and widening
 * @param spread        spread after floor and widening
 * @param factor        observed / expected
 * @param z             (observed - expected) / spread
 * @param share         negative share of relevant mentions, -1 when none
 * @param usualShare    recent negative share, -1 when unknown
 * @param warm          enough history to alert
 * @param spike         opens or extends an incident
 * @param elevated      keeps an open incident open
 * @param knownEvents   known events widening this window
 * @param reason        human explanation
 */
public record Assessment(double observed, double expected, double spread, double factor, double z, double share,
                         double usualShare, boolean warm, boolean spike, boolean elevated, List<String> knownEvents,
                         String reason) {
    public Assessment {
        knownEvents = knownEvents == null ? List.of() : List.copyOf(knownEvents);
    }
}
