package io.vigie.index.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.index.document.MentionDocument;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.testing.Texts;
import io.vigie.ingest.fingerprint.SimHash;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    static final String WIRE = Texts.WIRE;
    static final String OTHER = Texts.OTHER;

    /** Indexed mentions, found by band like Elasticsearch would. */
    static final class FakeIndex implements CandidateLookup {
        final List<StoryCandidate> docs = new ArrayList<>();
        int calls;

        @Override
        public List<StoryCandidate> find(Collection<String> bands, Instant from, Instant to) {
            calls++;
            return docs.stream().filter(c -> !c.timestamp().isBefore(from) && !c.timestamp().isAfter(to))
                    .filter(c -> c.fingerprint().bandKeys().stream().anyMatch(bands::contains)).toList();
        }

        void index(List<MentionDocument> grouped) {
            for (MentionDocument d : grouped) {
                docs.removeIf(c -> c.id().equals(d.id()));
                docs.add(new StoryCandidate(d.id(), d.timestamp(), Fingerprint.parse(d.string("fingerprint")).get(),
                        d.string("title"), d.string("story_id")));
            }
        }
    }

    static MentionDocument doc(String id, Instant ts, String title, String text) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("title", title);
        f.put("fingerprint", SimHash.hex(text));
        return new MentionDocument(id, ts, IndexNames.monthOf(ts), 1L, f);
    }

    static StoryGrouper grouper(CandidateLookup lookup, int memory) {
        StorySettings d = StorySettings.defaults();
        return new StoryGrouper(lookup, new StorySettings(d.window(), d.maxDistance(), d.minTitleSimilarity(), memory,
                d.maxCandidates()));
    }

    static String story(List<MentionDocument> docs, int i) {
        return docs.get(i).string("story_id");
    }

    @Test
    void syndicatedCopiesJoinTheEarliestStoryAcrossBatches() {
        FakeIndex index = new FakeIndex();
        // No memory: only what is "indexed" counts, as after a restart.
        StoryGrouper g = grouper(index, 0);
        List<MentionDocument> first = g.assign(List.of(doc("a", T0, "Marseille : le Vieux-Port rénové", WIRE)));
        index.index(first);
        String copy = "Marseille. " + WIRE;
        assertThat(SimHash.distance(SimHash.of(WIRE), SimHash.of(copy))).isLessThanOrEqualTo(3);
        List<MentionDocument> second = g.assign(List.of(
                doc("b", T0.plus(Duration.ofHours(3)), "A Marseille, le Vieux-Port rénové", copy),
                doc("c", T0.plus(Duration.ofHours(1)), "Incendie dans les calanques", OTHER)));

        assertThat(story(first, 0)).isEqualTo("a");
        assertThat(story(second, 0)).isEqualTo("a");
        assertThat(story(second, 1)).isEqualTo("c");
        assertThat(g.counters()).containsEntry("stories.joined", 1L).containsEntry("stories.started", 2L);
    }

    @Test
    void reDeliveryGivesTheSameStoriesWhateverTheOrder() {
        FakeIndex index = new FakeIndex();
        StoryGrouper g = grouper(index, 100);
        MentionDocument a = doc("a", T0, "Vieux-Port rénové", WIRE);
        MentionDocument b = doc("b", T0.plusSeconds(60), "Vieux-Port rénové", WIRE + " Lire aussi.");
        // b arrives in the batch before a, but a was published first: a's id is the story.
        List<MentionDocument> batch = g.assign(List.of(b, a));
        index.index(batch);
        assertThat(story(batch, 0)).isEqualTo("a");
        assertThat(story(batch, 1)).isEqualTo("a");

        // Re-delivered after a crash, by a fresh instance, one by one and in the other order.
        StoryGrouper fresh = grouper(index, 100);
        assertThat(story(fresh.assign(List.of(a)), 0)).isEqualTo("a");
        assertThat(story(fresh.assign(List.of(b)), 0)).isEqualTo("a");
    }

    @Test
    void copiesNotYetSearchableAreFoundInMemory() {
        FakeIndex neverRefreshed = new FakeIndex();
        StoryGrouper g = grouper(neverRefreshed, 100);
        g.assign(List.of(doc("a", T0, "Vieux-Port rénové", WIRE)));
        assertThat(story(g.assign(List.of(doc("b", T0.plusSeconds(5), "Vieux-Port rénové", WIRE))), 0))
                .isEqualTo("a");
    }

    @Test
    void guardsTimeWindowAndTitleAndKeepsAnEnrichStoryId() {
        FakeIndex index = new FakeIndex();
        StoryGrouper g = grouper(index, 100);
        index.index(g.assign(List.of(doc("a", T0, "Vieux-Port rénové pour les Jeux", WIRE))));
        // Same text eight days later: a new story.
        assertThat(story(g.assign(List.of(doc("late", T0.plus(Duration.ofDays(8)), "Vieux-Port rénové pour les Jeux",
                WIRE))), 0)).isEqualTo("late");
        // Same fingerprint, unrelated title: the guard refuses.
        assertThat(story(g.assign(List.of(doc("t", T0.plusSeconds(9), "Résultats du loto de samedi", WIRE))), 0))
                .isEqualTo("t");
        // Enrich decided: kept.
        MentionDocument withStory = doc("s", T0.plusSeconds(10), "Vieux-Port rénové pour les Jeux", WIRE)
                .with("story_id", "enrich-story");
        assertThat(story(g.assign(List.of(withStory)), 0)).isEqualTo("enrich-story");
        // No fingerprint: its own story, no lookup.
        int calls = index.calls;
        MentionDocument bare = new MentionDocument("n", T0, IndexNames.monthOf(T0), 1L, Map.of("id", "n"));
        assertThat(story(g.assign(List.of(bare)), 0)).isEqualTo("n");
        assertThat(index.calls).isEqualTo(calls);
    }

    @Test
    void aFailedLookupFallsBackToMemoryAndIsCounted() {
        StoryGrouper g = grouper((bands, from, to) -> {
            throw new IllegalStateException("down");
        }, 100);
        List<MentionDocument> out = g.assign(List.of(doc("a", T0, "Vieux-Port", WIRE),
                doc("b", T0.plusSeconds(1), "Vieux-Port", WIRE)));
        assertThat(story(out, 1)).isEqualTo("a");
        assertThat(g.counters()).containsEntry("stories.lookup_failures", 1L);
    }
}
