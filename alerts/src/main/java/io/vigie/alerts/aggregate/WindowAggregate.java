package io.vigie.alerts.aggregate;

import io.vigie.alerts.detect.WindowObservation;
import io.vigie.model.StoryRef;
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
 * Copies of one story count once: by story id, else by near-duplicate fingerprint or identical
 * normalised title (see {@link StoryMatcher}), so a story syndicated 50 times weighs as one.
 */
public final class WindowAggregate {
    public static final int MAX_STORIES = 2000;

    public int total;
    public int negative;
    public double overflowWeight;
    public int overflowStories;
    public Map<String, StoryRef> stories = new HashMap<>();
    public Map<String, Integer> terms = new HashMap<>();
    /** story id -> SimHash of its first copy that had one. */
    public Map<String, Long> fingerprints = new HashMap<>();
    /** normalised title -> story id. */
    public Map<String, String> titles = new HashMap<>();

    public WindowAggregate add(MentionSignal m) {
        if (!m.relevant()) {
            return this;
        }
        total++;
        if (!m.negative()) {
            return this;
        }
        negative++;
        Long fingerprint = StoryMatcher.parseFingerprint(m.fingerprint());
        String titleKey = StoryMatcher.titleKey(m.title());
        String storyId = canonicalStory(m.storyId(), fingerprint, titleKey);
        StoryRef known = stories.get(storyId);
        if (known == null) {
            if (stories.size() >= MAX_STORIES) {
                overflowStories++;
                overflowWeight += m.weight();
                return this;
            }
            stories.put(storyId, story(m, 1));
            if (fingerprint != null) {
                fingerprints.put(storyId, fingerprint);
            }
            if (titleKey != null) {
                titles.putIfAbsent(titleKey, storyId);
            }
            // Once per story: syndicated copies must not make their words look like a trend.
            for (String term : TitleTerms.of(m.title())) {
                terms.merge(term, 1, Integer::sum);
            }
        } else {
            StoryRef best = m.weight() > known.weight()
                    ? new StoryRef(storyId, m.title(), m.url(), m.outlet(), m.country(), m.language(), m.tier(),
                    known.mentions() + 1, m.weight())
                    : new StoryRef(known.storyId(), known.title(), known.url(), known.outlet(), known.country(),
                    known.language(), known.tier(), known.mentions() + 1, known.weight());
            stories.put(storyId, best);
        }
        return this;
    }

    /** The id under which this mention's story is already counted, else its own. */
    private String canonicalStory(String storyId, Long fingerprint, String titleKey) {
        if (stories.containsKey(storyId)) {
            return storyId;
        }
        if (titleKey != null) {
            String byTitle = titles.get(titleKey);
            if (byTitle != null) {
                return byTitle;
            }
        }
        if (fingerprint != null) {
            for (Map.Entry<String, Long> f : fingerprints.entrySet()) {
                if (StoryMatcher.nearDuplicate(fingerprint, f.getValue())) {
                    return f.getKey();
                }
            }
        }
        return storyId;
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
