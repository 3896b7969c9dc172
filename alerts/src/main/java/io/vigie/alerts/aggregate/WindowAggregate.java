package io.vigie.alerts.aggregate;

import io.vigie.alerts.detect.WindowObservation;
import io.vigie.alerts.event.StoryRef;
import io.vigie.alerts.terms.TitleTerms;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Running totals of one series in one window. Mutable (it is the Kafka Streams aggregate, stored
 * as JSON); public fields keep the JSON shape obvious. Negative stories are bounded so that a flood
 * cannot exhaust memory: beyond {@link #MAX_STORIES}, stories still add weight but are not listed.
 */
public final class WindowAggregate {
    public static final int MAX_STORIES = 2000;

    public int total;
    public int negative;
    public double overflowWeight;
    public int overflowStories;
    public Map<String, StoryRef> stories = new HashMap<>();
    public Map<String, Integer> terms = new HashMap<>();

    public WindowAggregate add(MentionSignal m) {
        if (!m.relevant()) {
            return this;
        }
        total++;
        if (!m.negative()) {
            return this;
        }
        negative++;
        StoryRef known = stories.get(m.storyId());
        if (known == null) {
            if (stories.size() >= MAX_STORIES) {
                overflowStories++;
                overflowWeight += m.weight();
                return this;
            }
            stories.put(m.storyId(), story(m, 1));
            // Once per story: syndicated copies must not make their words look like a trend.
            for (String term : TitleTerms.of(m.title())) {
                terms.merge(term, 1, Integer::sum);
            }
        } else {
            StoryRef best = m.weight() > known.weight() ? story(m, known.mentions() + 1)
                    : new StoryRef(known.storyId(), known.title(), known.url(), known.outlet(), known.country(),
                    known.language(), known.tier(), known.mentions() + 1, known.weight());
            stories.put(m.storyId(), best);
        }
        return this;
    }

    private static StoryRef story(MentionSignal m, int mentions) {
        return new StoryRef(m.storyId(), m.title(), m.url(), m.outlet(), m.country(), m.language(), m.tier(),
                mentions, m.weight());
    }

    public WindowObservation toObservation(String series, Instant start, Instant end, int topStories) {
        double signal = overflowWeight;
        int titled = 0;
        for (StoryRef s : stories.values()) {
            signal += s.weight();
            if (!TitleTerms.of(s.title()).isEmpty()) {
                titled++;
            }
        }
        List<StoryRef> top = stories.values().stream()
                .sorted(Comparator.comparingDouble(StoryRef::weight).reversed()
                        .thenComparing(Comparator.comparingInt(StoryRef::mentions).reversed())
                        .thenComparing(StoryRef::storyId))
                .limit(topStories).toList();
        return new WindowObservation(series, start, end, total, negative, stories.size() + overflowStories, signal,
                top, terms, titled);
    }
}
