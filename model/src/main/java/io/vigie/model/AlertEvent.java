package io.vigie.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One step of a negative-coverage incident (opened, escalated, resolved), published by the alerts
 * stage to {@link Topics#ALERTS} keyed by {@link #key()}. Every field is derived from event time only, so that a replay after a crash
 * produces the very same event (same key), which makes delivery idempotent.
 *
 * @param schemaVersion    version of this event's schema
 * @param incidentId       series + opening window, e.g. {@code all-2026-03-02T14:00:00Z}
 * @param sequence         1 for the opening, then +1 per notification of this incident
 * @param step             opened, escalated or resolved
 * @param severity         from the peak factor
 * @param series           {@code all} or the transition pillar
 * @param pillar           the pillar, or null for the overall series
 * @param observed         weighted negative stories in the window that triggered this step
 * @param baseline         what was expected for that window
 * @param factor           observed / baseline
 * @param peakFactor       highest factor of the incident so far
 * @param negativeMentions relevant negative mentions in the window
 * @param negativeStories  distinct negative stories in the window
 * @param totalMentions    relevant mentions of any tone in the window
 * @param windowStart      start of the window that triggered this step
 * @param windowEnd        end of that window
 * @param incidentStart    start of the incident's first window
 * @param incidentEnd      end of the incident's last spiking window
 * @param status           open or resolved
 * @param topStories       most weighty negative stories of the incident
 * @param terms            words most over-represented in negative titles versus the baseline
 * @param knownEvents      declared events that widened the baseline
 * @param reason           one human sentence on why it fired
 */
public record AlertEvent(
        int schemaVersion,
        String incidentId,
        int sequence,
        AlertStep step,
        Severity severity,
        String series,
        String pillar,
        double observed,
        double baseline,
        double factor,
        double peakFactor,
        int negativeMentions,
        int negativeStories,
        int totalMentions,
        Instant windowStart,
        Instant windowEnd,
        Instant incidentStart,
        Instant incidentEnd,
        String status,
        List<StoryRef> topStories,
        List<String> terms,
        List<String> knownEvents,
        String reason) {

    public static final int SCHEMA_VERSION = 1;
    public static final String STATUS_OPEN = "open";
    public static final String STATUS_RESOLVED = "resolved";

    public AlertEvent {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(step, "step");
        topStories = topStories == null ? List.of() : List.copyOf(topStories);
        terms = terms == null ? List.of() : List.copyOf(terms);
        knownEvents = knownEvents == null ? List.of() : List.copyOf(knownEvents);
    }

    /** Idempotency key of this notification: one e-mail and one document per key, ever. */
    public String key() {
        return incidentId + "#" + sequence + "-" + step.code();
    }
}
