package io.vigie.index.bulk;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Per partition, the offsets read but not yet settled (indexed or dead-lettered). The committable
 * offset is the lowest unsettled one, or one past the highest read: everything below it is safe in
 * Elasticsearch or the dead-letter topic. Offsets need not be contiguous (transaction markers).
 * Used from the consumer thread only.
 */
final class OffsetTracker {
    private final Map<TopicPartition, Partition> partitions = new HashMap<>();
    private long generations;
    private long pendingBytes;

    private static final class Partition {
        final long generation;
        final TreeMap<Long, Integer> pending = new TreeMap<>();
        long next = -1;
        long committed = -1;

        Partition(long generation) {
            this.generation = generation;
        }

        long committable() {
            return pending.isEmpty() ? next : pending.firstKey();
        }
    }

    /** Starts tracking a partition afresh; acknowledgements from an earlier ownership are then ignored. */
    void assign(TopicPartition tp) {
        partitions.put(tp, new Partition(++generations));
    }

    void remove(Collection<TopicPartition> tps) {
        for (TopicPartition tp : tps) {
            Partition p = partitions.remove(tp);
            if (p != null) {
                p.pending.values().forEach(b -> pendingBytes -= b);
            }
        }
    }

    /** @return the ownership generation the record belongs to */
    long read(TopicPartition tp, long offset) {
        return read(tp, offset, 0);
    }

    /**
     * @param bytes memory the record holds until settled, for back-pressure
     * @return the ownership generation the record belongs to
     */
    long read(TopicPartition tp, long offset, int bytes) {
        Partition p = partitions.computeIfAbsent(tp, k -> new Partition(++generations));
        if (p.next < 0) {
            // Where we started reading is already committed (or the reset position): nothing to commit yet.
            p.committed = offset;
        }
        Integer previous = p.pending.put(offset, bytes);
        pendingBytes += bytes - (previous == null ? 0 : previous);
        p.next = Math.max(p.next, offset + 1);
        return p.generation;
    }

    /** Partitions a record was read from since their assignment: their consumer position is known. */
    Collection<TopicPartition> reading() {
        return partitions.entrySet().stream().filter(e -> e.getValue().next >= 0).map(Map.Entry::getKey).toList();
    }

    /**
     * The consumer's position after a poll: everything below it was handed to {@link #read}, or was
     * a transaction marker that carries no record. Without this, the markers enrich's transactions
     * leave after the last record would never be committed past, and the group would report a lag
     * of one per partition forever.
     */
    void positioned(TopicPartition tp, long position) {
        Partition p = partitions.get(tp);
        if (p != null && p.next >= 0) {
            p.next = Math.max(p.next, position);
        }
    }

    /** @return false when the record belongs to an ownership that ended (stale acknowledgement) */
    boolean isCurrent(TopicPartition tp, long generation) {
        Partition p = partitions.get(tp);
        return p != null && p.generation == generation;
    }

    void settle(TopicPartition tp, long generation, long offset) {
        Partition p = partitions.get(tp);
        if (p != null && p.generation == generation) {
            Integer bytes = p.pending.remove(offset);
            if (bytes != null) {
                pendingBytes -= bytes;
            }
        }
    }

    int pending() {
        int n = 0;
        for (Partition p : partitions.values()) {
            n += p.pending.size();
        }
        return n;
    }

    long pendingBytes() {
        return pendingBytes;
    }

    int pending(Collection<TopicPartition> tps) {
        int n = 0;
        for (TopicPartition tp : tps) {
            Partition p = partitions.get(tp);
            n += p == null ? 0 : p.pending.size();
        }
        return n;
    }

    /** Offsets to commit now (only partitions that moved); call {@link #committed} once committed. */
    Map<TopicPartition, OffsetAndMetadata> committable(Collection<TopicPartition> among) {
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        for (TopicPartition tp : among) {
            Partition p = partitions.get(tp);
            if (p != null && p.next >= 0 && p.committable() > p.committed) {
                out.put(tp, new OffsetAndMetadata(p.committable()));
            }
        }
        return out;
    }

    Map<TopicPartition, OffsetAndMetadata> committable() {
        return committable(partitions.keySet());
    }

    void committed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((tp, om) -> {
            Partition p = partitions.get(tp);
            if (p != null) {
                p.committed = Math.max(p.committed, om.offset());
            }
        });
    }
}
