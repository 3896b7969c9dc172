package io.vigie.alerts.stream;

import io.vigie.model.AlertEvent;
import io.vigie.model.json.EventSerdes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads committed alert events (read_committed: aborted detector transactions are never seen) and
 * hands them to one sink, committing offsets only past delivered records. A failed delivery
 * (SMTP or Elasticsearch down) rewinds to that record and retries with exponential backoff: the
 * pending alert stays in Kafka (never lost) and the sink's idempotency (sent log, document id) keeps
 * a retry from delivering it twice.
 */
public final class AlertConsumer implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertConsumer.class);
    private final KafkaConsumer<String, byte[]> consumer;
    private final AlertSink sink;
    private final AlertsMetrics metrics;
    private final Duration retryPause;
    private final Duration maxRetryPause;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Object pauseLock = new Object();
    private volatile Duration nextPause;

    public AlertConsumer(String bootstrapServers, String groupId, String topic, AlertSink sink, AlertsMetrics metrics,
                         Duration retryPause) {
        this(bootstrapServers, groupId, topic, sink, metrics, retryPause, retryPause.multipliedBy(32));
    }

    /**
     * @param retryPause    first pause after a failed delivery
     * @param maxRetryPause the pause doubles after each consecutive failure up to this
     */
    public AlertConsumer(String bootstrapServers, String groupId, String topic, AlertSink sink, AlertsMetrics metrics,
                         Duration retryPause, Duration maxRetryPause) {
        if (retryPause.isNegative() || retryPause.isZero() || maxRetryPause.compareTo(retryPause) < 0) {
            throw new IllegalArgumentException("alerts retry pause must be > 0 and <= its maximum, was "
                    + retryPause + " / " + maxRetryPause);
        }
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        this.consumer.subscribe(List.of(topic));
        this.sink = sink;
        this.metrics = metrics;
        this.retryPause = retryPause;
        this.maxRetryPause = maxRetryPause;
        this.nextPause = retryPause;
    }

    @Override
    public void run() {
        try {
            while (running.get()) {
                pollOnce(Duration.ofMillis(500));
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** One poll: delivers what it can, commits past it; returns records delivered. */
    public int pollOnce(Duration timeout) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        int delivered = deliverBatch(consumer.poll(timeout), done);
        if (!done.isEmpty()) {
            consumer.commitSync(done);
        }
        return delivered;
    }

    /** Delivers without committing: what a crash right before the commit leaves behind (tests). */
    int pollWithoutCommit(Duration timeout) {
        return deliverBatch(consumer.poll(timeout), new HashMap<>());
    }

    private int deliverBatch(ConsumerRecords<String, byte[]> records, Map<TopicPartition, OffsetAndMetadata> done) {
        int delivered = 0;
        for (TopicPartition tp : records.partitions()) {
            for (ConsumerRecord<String, byte[]> r : records.records(tp)) {
                AlertEvent alert;
                try {
                    alert = EventSerdes.ALERT_EVENT.deserializer().deserialize(r.topic(), r.value());
                } catch (RuntimeException e) {
                    LOG.warn("alerts {}: skipping unreadable alert {}-{}@{}: {}", sink.name(), r.topic(),
                            r.partition(), r.offset(), e.getMessage());
                    metrics.increment(sink.name() + "_unreadable");
                    done.put(tp, new OffsetAndMetadata(r.offset() + 1));
                    continue;
                }
                if (alert == null) {
                    done.put(tp, new OffsetAndMetadata(r.offset() + 1));
                    continue;
                }
                try {
                    sink.deliver(alert);
                    nextPause = retryPause;
                    delivered++;
                    done.put(tp, new OffsetAndMetadata(r.offset() + 1));
                } catch (Exception e) {
                    LOG.warn("alerts {}: cannot deliver {} ({}), retrying in {}", sink.name(), alert.key(),
                            e.getMessage(), nextPause);
                    metrics.increment(sink.name() + "_failures");
                    // Every partition of the batch rewinds to its first undelivered record: nothing
                    // after the failure is skipped, and the next poll starts with the pending alert.
                    consumer.seek(tp, r.offset());
                    rewindOthers(records, tp, done);
                    pause();
                    nextPause = min(nextPause.multipliedBy(2), maxRetryPause);
                    return delivered;
                }
            }
        }
        return delivered;
    }

    private void rewindOthers(ConsumerRecords<String, byte[]> records, TopicPartition failed,
                              Map<TopicPartition, OffsetAndMetadata> done) {
        for (TopicPartition other : records.partitions()) {
            if (other.equals(failed)) {
                continue;
            }
            OffsetAndMetadata delivered = done.get(other);
            long next = delivered != null ? delivered.offset() : records.records(other).get(0).offset();
            consumer.seek(other, next);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Waits out the backoff; {@link #stop} cuts it short. */
    private void pause() {
        long until = System.nanoTime() + nextPause.toNanos();
        synchronized (pauseLock) {
            try {
                long left;
                while (running.get() && (left = until - System.nanoTime()) > 0) {
                    pauseLock.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.set(false);
            }
        }
    }

    /** Current backoff (tests, status). */
    public Duration nextRetryPause() {
        return nextPause;
    }

    /** Stops the loop from another thread; the loop closes the consumer. */
    public void stop() {
        running.set(false);
        synchronized (pauseLock) {
            pauseLock.notifyAll();
        }
        consumer.wakeup();
    }

    /** For a consumer driven by {@link #pollOnce} (not {@link #run}). */
    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
