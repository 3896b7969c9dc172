package io.vigie.alerts.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.alerts.detect.WindowObservation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowAggregateTest {
    static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    static MentionSignal negative(String id, String title, String fingerprint, double weight) {
        return new MentionSignal(id, id, T, true, true, List.of("all"), weight, title, "https://x.example/" + id,
                "Outlet " + id, "FR", "fr", "regional", fingerprint, EventTime.Source.PUBLISHED);
    }

    @Test
    void fiftySyndicatedCopiesWeighAsOneStory() {
        WindowAggregate agg = new WindowAggregate();
        long base = 0x9f3a_5c21_77e0_1b44L;
        for (int i = 0; i < 50; i++) {
            // Each copy has its own id (stories get ids only at indexing) and a few bits of edits.
            long edited = base ^ (1L << (i % 60)) ^ (i % 3 == 0 ? 1L << 62 : 0);
            agg.add(negative("copy" + i, "Copie " + i, Long.toHexString(edited), i == 7 ? 2.0 : 1.0));
        }
        agg.add(negative("other", "Autre chose", "0123456789abcdef", 1.0));
        WindowObservation obs = agg.toObservation("all", T, T.plusSeconds(3600), 5);
        assertThat(obs.negativeMentions()).isEqualTo(51);
        assertThat(obs.negativeStories()).isEqualTo(2);
        assertThat(obs.signal()).isEqualTo(3.0);
        assertThat(obs.topStories().get(0).mentions()).isEqualTo(50);
        assertThat(obs.topStories().get(0).weight()).isEqualTo(2.0);
    }

    @Test
    void sameLongTitleGroupsCopiesWithoutFingerprint() {
        WindowAggregate agg = new WindowAggregate();
        agg.add(negative("a", "Incendie géant au port de Marseille", null, 1.0));
        agg.add(negative("b", "INCENDIE geant au port de Marseille !", null, 1.0));
        agg.add(negative("c", "Marseille", null, 1.0));
        agg.add(negative("d", "Marseille", null, 1.0));
        WindowObservation obs = agg.toObservation("all", T, T.plusSeconds(3600), 5);
        // Short generic titles are not evidence of one story.
        assertThat(obs.negativeStories()).isEqualTo(3);
    }

    @Test
    void distantFingerprintsStayDistinctStories() {
        WindowAggregate agg = new WindowAggregate();
        agg.add(negative("a", "Un", "00000000000000ff", 1.0));
        agg.add(negative("b", "Deux", "000000000000000f", 1.0));
        agg.add(negative("c", "Trois", "not-hex", 1.0));
        agg.add(negative("d", "Quatre", "0", 1.0));
        assertThat(agg.toObservation("all", T, T.plusSeconds(3600), 5).negativeStories()).isEqualTo(4);
    }
}
