package io.vigie.index.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {
    private static final TopicPartition P0 = new TopicPartition("t", 0);
    private static final TopicPartition P1 = new TopicPartition("t", 1);

    @Test
    void commitsOnlyUpToTheFirstUnacknowledgedOffset() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.assign(P0);
        long gen = tracker.read(P0, 10);
        tracker.read(P0, 11);
        tracker.read(P0, 12);
        assertThat(tracker.committable()).isEmpty();

        tracker.settle(P0, gen, 12);
        tracker.settle(P0, gen, 11);
        assertThat(tracker.committable()).as("10 still in flight").isEmpty();

        tracker.settle(P0, gen, 10);
        assertThat(tracker.committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(13)));
    }

    @Test
    void commitsPastATrailingTransactionMarkerOnceEverythingIsSettled() {
        OffsetTracker tracker = new OffsetTracker();
        long gen = tracker.read(P0, 5);
        tracker.positioned(P0, 7);
        assertThat(tracker.committable()).as("5 still in flight").isEmpty();

        tracker.settle(P0, gen, 5);
        assertThat(tracker.committable()).containsEntry(P0, new OffsetAndMetadata(7));
        assertThat(tracker.reading()).containsExactly(P0);
        tracker.positioned(P1, 3);
        assertThat(tracker.committable()).as("never read from P1: its position is not ours to commit")
                .doesNotContainKey(P1);
    }

    @Test
    void toleratesGapsLikeTransactionMarkers() {
        OffsetTracker tracker = new OffsetTracker();
        long gen = tracker.read(P0, 5);
        tracker.read(P0, 7);
        tracker.settle(P0, gen, 5);
        assertThat(tracker.committable()).containsEntry(P0, new OffsetAndMetadata(7));
        tracker.settle(P0, gen, 7);
        assertThat(tracker.committable()).containsEntry(P0, new OffsetAndMetadata(8));
    }

    @Test
    void reportsOnlyPartitionsThatMovedSinceTheLastCommit() {
        OffsetTracker tracker = new OffsetTracker();
        long g0 = tracker.read(P0, 0);
        long g1 = tracker.read(P1, 0);
        tracker.settle(P0, g0, 0);
        tracker.settle(P1, g1, 0);
        Map<TopicPartition, OffsetAndMetadata> first = tracker.committable();
        assertThat(first).containsOnlyKeys(P0, P1);
        tracker.committed(first);
        assertThat(tracker.committable()).isEmpty();
        tracker.read(P1, 1);
        tracker.settle(P1, g1, 1);
        assertThat(tracker.committable()).containsOnlyKeys(P1);
    }

    @Test
    void acknowledgementsFromAnEarlierOwnershipAreIgnored() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.assign(P0);
        long old = tracker.read(P0, 3);
        tracker.remove(List.of(P0));
        tracker.assign(P0);
        long current = tracker.read(P0, 3);

        assertThat(tracker.isCurrent(P0, old)).isFalse();
        tracker.settle(P0, old, 3);
        assertThat(tracker.pending()).isEqualTo(1);
        tracker.settle(P0, current, 3);
        assertThat(tracker.pending()).isZero();
    }

    @Test
    void countsPendingPerPartition() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.read(P0, 0);
        tracker.read(P0, 1);
        tracker.read(P1, 0);
        assertThat(tracker.pending()).isEqualTo(3);
        assertThat(tracker.pending(List.of(P1))).isEqualTo(1);
    }

    @Test
    void accountsTheBytesHeldUntilSettled() {
        OffsetTracker tracker = new OffsetTracker();
        long g0 = tracker.read(P0, 0, 100);
        tracker.read(P1, 0, 50);
        assertThat(tracker.pendingBytes()).isEqualTo(150);
        tracker.settle(P0, g0, 0);
        assertThat(tracker.pendingBytes()).isEqualTo(50);
        tracker.remove(List.of(P1));
        assertThat(tracker.pendingBytes()).isZero();
    }
}
