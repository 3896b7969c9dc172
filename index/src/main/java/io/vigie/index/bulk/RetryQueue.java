package io.vigie.index.bulk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.kafka.common.TopicPartition;

/** Documents waiting for their retry time. Consumer thread only. */
final class RetryQueue {
    private record Scheduled(long dueNanos, long seq, PendingDocument document) {
    }

    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>((a, b) -> a.dueNanos != b.dueNanos
            ? Long.compare(a.dueNanos, b.dueNanos) : Long.compare(a.seq, b.seq));
    private long seq;

    void add(PendingDocument document, Duration delay, long nowNanos) {
        queue.add(new Scheduled(nowNanos + delay.toNanos(), seq++, document));
    }

    /** Removes and returns the documents whose time has come, oldest first. */
    List<PendingDocument> due(long nowNanos) {
        List<PendingDocument> out = new ArrayList<>();
        while (!queue.isEmpty() && queue.peek().dueNanos - nowNanos <= 0) {
            out.add(queue.poll().document);
        }
        return out;
    }

    void removeAll(Collection<TopicPartition> partitions) {
        queue.removeIf(s -> partitions.contains(s.document.partition()));
    }

    int size() {
        return queue.size();
    }
}
