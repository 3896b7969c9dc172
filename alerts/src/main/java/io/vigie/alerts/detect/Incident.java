package io.vigie.alerts.detect;

import io.vigie.model.StoryRef;
import java.time.Instant;
import java.util.List;

/**
 * An incident of one series.
 *
 * @param id                   series + start of its first window
 * @param sequence             number of notifications emitted so far
 * @param start                start of its first spiking window
 * @param lastSpikeEnd         end of its last spiking window
 * @param resolvedAt           end of the window that resolved it, null while open
 * @param quietWindows         consecutive windows below the resolve factor
 * @param peakFactor           highest factor
 * @param lastNotifiedObserved observed at the last opened/escalated notification
 * @param notifiedSinceResolve whether anything was notified since it last resolved (re-opened
 *                             incidents that never escalate resolve silently)
 * @param topStories           weightiest negative stories over the incident
 * @param terms                driving terms of its peak window
 */
public record Incident(String id, int sequence, Instant start, Instant lastSpikeEnd, Instant resolvedAt,
                       int quietWindows, double peakFactor, double lastNotifiedObserved,
                       boolean notifiedSinceResolve, List<StoryRef> topStories, List<String> terms) {
    public Incident {
        topStories = topStories == null ? List.of() : List.copyOf(topStories);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    public boolean open() {
        return resolvedAt == null;
    }
}
