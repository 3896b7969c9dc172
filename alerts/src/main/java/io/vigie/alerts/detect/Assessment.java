package io.vigie.alerts.detect;

import java.util.List;

/**
 * Why a window is or is not a spike.
 *
 * @param observed      weighted negative stories
 * @param expected      expected weighted negative stories (expected stories x usual story weight)
 * @param expectedStories expected distinct negative stories, after floor and widening
 * @param seasonalStories expected distinct negative stories before the floor (widened): the
 *                        multi-window scan sums these and floors the sum instead
 * @param factor        observed / expected (weighted: the severity)
 * @param pValue        smallest tail probability of the single-window, multi-window scan and CUSUM-run tests
 * @param cusum         negative-binomial log-likelihood-ratio CUSUM after this window
 * @param runStories    stories of the CUSUM's current run (0 when the CUSUM is 0)
 * @param runExpected   expected stories of that run
 * @param eventStories  the event-in-progress stories including this window (0 outside events)
 * @param eventExpected their expectation as declared
 * @param share         negative share of relevant mentions, -1 when none
 * @param usualShare    recent negative share, -1 when unknown
 * @param warm          enough history to alert
 * @param spike         opens or extends an incident
 * @param elevated      keeps an open incident open
 * @param knownEvents   known events widening this window
 * @param reason        human explanation
 */
public record Assessment(double observed, double expected, double expectedStories,
                         double seasonalStories, double factor, double pValue,
                         double cusum, double runStories, double runExpected, double eventStories, double eventExpected, double share,
                         double usualShare, boolean warm, boolean spike, boolean elevated, List<String> knownEvents,
                         String reason) {
    public Assessment {
        knownEvents = knownEvents == null ? List.of() : List.copyOf(knownEvents);
    }
}
