package io.vigie.alerts.detect;

import io.vigie.model.StoryRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one closed window of one series saw.
 *
 * @param series           {@code all} or a pillar
 * @param windowStart      inclusive
 * @param windowEnd        exclusive
 * @param totalMentions    relevant mentions of any tone
 * @param negativeMentions relevant negative mentions
 * @param negativeStories  distinct negative stories
 * @param signal           sum over negative stories of their weightiest copy's weight
 * @param topStories       weightiest negative stories, best first
 * @param terms            term -> number of negative stories whose title has it
 * @param titledStories    negative stories whose title was counted in {@code terms}
 */
public record WindowObservation(String series, Instant windowStart, Instant windowEnd, int totalMentions,
                                int negativeMentions, int negativeStories, double signal, List<StoryRef> topStories,
                                Map<String, Integer> terms, int titledStories) {
    public WindowObservation {
        topStories = topStories == null ? List.of() : List.copyOf(topStories);
        terms = terms == null ? Map.of() : Map.copyOf(terms);
    }

    public static WindowObservation empty(String series, Instant start, Instant end) {
        return new WindowObservation(series, start, end, 0, 0, 0, 0, List.of(), Map.of(), 0);
    }
}
