package io.vigie.index.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class RetryQueueTest {

    private static PendingDocument doc(int partition, long offset) {
        return new PendingDocument(new TopicPartition("t", partition), offset, 1, "id" + offset, "s",
                YearMonth.of(2026, 11), null, null, new byte[0], null, 0);
    }

    @Test
    void releasesDocumentsWhenDueInOrder() {
        RetryQueue queue = new RetryQueue();
        long now = 1_000_000_000L;
        queue.add(doc(0, 2), Duration.ofMillis(200), now);
        queue.add(doc(0, 1), Duration.ofMillis(100), now);
        assertThat(queue.due(now)).isEmpty();
        assertThat(queue.due(now + Duration.ofMillis(150).toNanos())).extracting(PendingDocument::offset)
                .containsExactly(1L);
        assertThat(queue.due(now + Duration.ofMillis(250).toNanos())).extracting(PendingDocument::offset)
                .containsExactly(2L);
        assertThat(queue.size()).isZero();
    }

    @Test
    void dropsDocumentsOfRevokedPartitions() {
        RetryQueue queue = new RetryQueue();
        queue.add(doc(0, 1), Duration.ZERO, 0);
        queue.add(doc(1, 1), Duration.ZERO, 0);
        queue.removeAll(List.of(new TopicPartition("t", 1)));
        assertThat(queue.due(1)).extracting(d -> d.partition().partition()).containsExactly(0);
    }
}
