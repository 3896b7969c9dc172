package io.vigie.index.bulk;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.vigie.index.daily.DayBucket;
import java.time.YearMonth;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The bulk context of one operation: where it came from in Kafka (to settle its offset), the
 * original bytes (to dead-letter it), the daily bucket it counts in, and how many times Elasticsearch refused it.
 */
record PendingDocument(
        TopicPartition partition,
        long offset,
        long generation,
        String id,
        String sourceId,
        YearMonth month,
        DayBucket bucket,
        byte[] key,
        byte[] value,
        BulkOperation operation,
        int attempts) {

    static PendingDocument of(ConsumerRecord<String, byte[]> record, long generation, String id, String sourceId,
                              YearMonth month, DayBucket bucket, byte[] key, BulkOperation operation) {
        return new PendingDocument(new TopicPartition(record.topic(), record.partition()), record.offset(),
                generation, id, sourceId, month, bucket, key, record.value(), operation, 0);
    }

    PendingDocument failedOnce() {
        return new PendingDocument(partition, offset, generation, id, sourceId, month, bucket, key, value, operation,
                attempts + 1);
    }

    @Override
    public String toString() {
        return partition + "@" + offset + " id=" + id;
    }
}
