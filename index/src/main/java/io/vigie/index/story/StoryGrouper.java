package io.vigie.index.story;

import io.vigie.index.document.MentionDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives syndicated copies of one story one {@code story_id}. A mention joins the story of the earliest
 * (by timestamp, then id) other mention within the window whose SimHash is at most
 * {@link StorySettings#maxDistance()} bits away and whose title is similar enough; without one, it starts
 * its own story (its id). A story id set by enrich is kept.
 *
 * <p>Deterministic and idempotent: a mention never matches itself, so a re-delivered mention finds the
 * same earlier copies and gets the same story. Copies indexed but not yet searchable are remembered in
 * memory; documents of one batch are grouped in time order so their arrival order does not matter.
 *
 * <p>Used from the index consumer thread only.
 */
public final class StoryGrouper {
    public static final String STORY_ID = "story_id";
    private static final Logger LOG = LoggerFactory.getLogger(StoryGrouper.class);

    private final CandidateLookup lookup;
    private final StorySettings settings;
    private final Map<String, StoryCandidate> recent;
    private final Map<String, Set<String>> recentByBand = new HashMap<>();
    private final LongAdder joined = new LongAdder();
    private final LongAdder started = new LongAdder();
    private final LongAdder lookupFailures = new LongAdder();

    public StoryGrouper(CandidateLookup lookup, StorySettings settings) {
        this.lookup = lookup;
        this.settings = settings;
        this.recent = new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StoryCandidate> eldest) {
                if (size() > settings.recentCapacity()) {
                    unindex(eldest.getValue());
                    return true;
                }
                return false;
            }
        };
    }

    /** @return the documents, in the same order, each with its {@code story_id} */
    public List<MentionDocument> assign(List<MentionDocument> docs) {
        List<Integer> order = new ArrayList<>();
        Set<String> bands = new HashSet<>();
        Instant min = null;
        Instant max = null;
        for (int i = 0; i < docs.size(); i++) {
            MentionDocument doc = docs.get(i);
            order.add(i);
            if (doc.string(STORY_ID) == null && fingerprintOf(doc) != null) {
                bands.addAll(fingerprintOf(doc).bandKeys());
                min = min == null || doc.timestamp().isBefore(min) ? doc.timestamp() : min;
                max = max == null || doc.timestamp().isAfter(max) ? doc.timestamp() : max;
            }
        }
        Map<String, StoryCandidate> indexed = new HashMap<>();
        if (!bands.isEmpty()) {
            try {
                for (StoryCandidate c : lookup.find(bands, min.minus(settings.window()), max.plus(settings.window()))) {
                    indexed.putIfAbsent(c.id(), c);
                }
            } catch (RuntimeException e) {
                lookupFailures.increment();
                LOG.warn("story lookup failed ({}); grouping {} document(s) with recent memory only",
                        e.getMessage(), docs.size());
            }
        }
        order.sort(Comparator.comparing((Integer i) -> docs.get(i).timestamp()).thenComparing(i -> docs.get(i).id()));
        List<MentionDocument> out = new ArrayList<>(docs);
        for (int i : order) {
            MentionDocument doc = docs.get(i);
            Fingerprint fp = fingerprintOf(doc);
            String story = doc.string(STORY_ID);
            if (story == null) {
                story = fp == null ? doc.id() : storyOf(doc, fp, indexed);
                out.set(i, doc.with(STORY_ID, story));
            }
            if (fp != null) {
                remember(new StoryCandidate(doc.id(), doc.timestamp(), fp, doc.string("title"), story));
            }
        }
        return out;
    }

    private static final Comparator<StoryCandidate> EARLIEST =
            Comparator.comparing(StoryCandidate::timestamp).thenComparing(StoryCandidate::id);

    /**
     * Cheap checks (bits, time) on every candidate first, then the title guard on the survivors, earliest
     * first, stopping at the first match: a flood of identical fingerprints (a boilerplate text) stays linear.
     */
    private String storyOf(MentionDocument doc, Fingerprint fp, Map<String, StoryCandidate> indexed) {
        StoryCandidate self = new StoryCandidate(doc.id(), doc.timestamp(), fp, doc.string("title"), null);
        List<StoryCandidate> close = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(doc.id());
        // Memory first: it is fresher than what the search returned for the same id.
        for (String band : fp.bandKeys()) {
            for (String id : recentByBand.getOrDefault(band, Set.of())) {
                StoryCandidate c = recent.get(id);
                if (seen.add(id) && c != null && near(self, c)) {
                    close.add(c);
                }
            }
        }
        for (StoryCandidate c : indexed.values()) {
            if (seen.add(c.id()) && near(self, c)) {
                close.add(c);
            }
        }
        Set<String> words = TitleSimilarity.words(self.title());
        if (!close.isEmpty()) {
            // Usually the earliest passes the title guard: find it in one pass, sort only when it does not.
            StoryCandidate earliest = java.util.Collections.min(close, EARLIEST);
            if (TitleSimilarity.of(words, TitleSimilarity.words(earliest.title())) >= settings.minTitleSimilarity()) {
                joined.increment();
                return earliest.story();
            }
            close.sort(EARLIEST);
        }
        for (StoryCandidate c : close) {
            if (TitleSimilarity.of(words, TitleSimilarity.words(c.title())) >= settings.minTitleSimilarity()) {
                joined.increment();
                return c.story();
            }
        }
        started.increment();
        return doc.id();
    }

    private boolean near(StoryCandidate a, StoryCandidate b) {
        return !b.fingerprint().isEmpty()
                && a.fingerprint().distance(b.fingerprint()) <= settings.maxDistance()
                && Math.abs(a.timestamp().toEpochMilli() - b.timestamp().toEpochMilli()) <= settings.window().toMillis();
    }

    private void remember(StoryCandidate c) {
        StoryCandidate previous = recent.remove(c.id());
        if (previous != null) {
            unindex(previous);
        }
        if (settings.recentCapacity() == 0) {
            return;
        }
        recent.put(c.id(), c);
        for (String band : c.fingerprint().bandKeys()) {
            recentByBand.computeIfAbsent(band, k -> new HashSet<>()).add(c.id());
        }
    }

    private void unindex(StoryCandidate c) {
        for (String band : c.fingerprint().bandKeys()) {
            Set<String> ids = recentByBand.get(band);
            if (ids != null) {
                ids.remove(c.id());
                if (ids.isEmpty()) {
                    recentByBand.remove(band);
                }
            }
        }
    }

    private static Fingerprint fingerprintOf(MentionDocument doc) {
        return Fingerprint.parse(doc.string("fingerprint")).filter(f -> !f.isEmpty()).orElse(null);
    }

    /** {@code stories.joined}, {@code stories.started}, {@code stories.lookup_failures}. */
    public Map<String, Long> counters() {
        return Map.of("stories.joined", joined.sum(), "stories.started", started.sum(),
                "stories.lookup_failures", lookupFailures.sum());
    }
}
