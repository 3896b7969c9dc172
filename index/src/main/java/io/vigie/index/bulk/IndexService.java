package io.vigie.index.bulk;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.vigie.index.document.DecodedMention;
import io.vigie.index.document.EnrichedEventReader;
import io.vigie.index.document.MentionDocument;
import io.vigie.index.document.MentionDocumentMapper;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.MonthlyIndices;
import io.vigie.index.daily.DailyAggregates;
import io.vigie.index.daily.DayBucket;
import io.vigie.index.story.ElasticsearchCandidates;
import io.vigie.index.story.StoryGrouper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes enriched mentions and indexes them in bulk.
 *
 * <p>Guarantees: a Kafka offset is committed only once every record below it is acknowledged by
 * Elasticsearch or durably dead-lettered; documents are keyed by mention id, so re-delivery after
 * a crash overwrites instead of duplicating; a poison record is dead-lettered with its reason and
 * never blocks its partition; syndicated copies get one story id (see {@link StoryGrouper}); the daily
 * aggregates of the days indexed are recomputed every {@code dailyInterval}; while Elasticsearch is unavailable, partitions are paused and the
 * pending documents retried with exponential backoff, forever.
 *
 * <p>Threading: everything touching the consumer runs on the thread calling {@link #run()} (or the
 * one {@link #start()} creates); the bulk listener only queues events for it.
 *
 * <p>Owns (and closes) the consumer; the Elasticsearch client and the dead-letter producer belong
 * to the caller.
 */
public final class IndexService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexService.class);
    private static final Duration REVOKE_GRACE = Duration.ofSeconds(30);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(120);

    private final IndexSettings settings;
    private final Consumer<String, byte[]> consumer;
    private final DeadLetters deadLetters;
    private final MonthlyIndices months;
    private final BulkIngester<PendingDocument> ingester;
    private final BlockingQueue<BulkEvent> events = new LinkedBlockingQueue<>();
    private final OffsetTracker offsets = new OffsetTracker();
    private final RetryQueue retries = new RetryQueue();
    private final Backoff backoff;
    private final IndexCounters counters = new IndexCounters();
    private final EnrichedEventReader reader = new EnrichedEventReader();
    private final MentionDocumentMapper mapper = new MentionDocumentMapper();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final StoryGrouper stories;
    private final DailyAggregates daily;
    private final Set<DayBucket> dirtyDays = new LinkedHashSet<>();

    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean running = true;
    private volatile Throwable failure;
    private Thread thread;
    // consumer-thread state
    private boolean closing;
    private boolean paused;
    private boolean elasticsearchDown;
    private int consecutiveClusterFailures;
    private long downSinceNanos;
    private long lastDailyNanos = System.nanoTime();
    private java.util.concurrent.Future<?> dailyRound;
    private List<DayBucket> dailyBuckets = List.of();
    private final java.util.concurrent.ExecutorService dailyExecutor =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "vigie-index-daily");
                t.setDaemon(true);
                return t;
            });

    public IndexService(IndexSettings settings, ElasticsearchClient client, Consumer<String, byte[]> consumer,
                        Producer<String, byte[]> deadLetterProducer) {
        this.settings = settings;
        this.consumer = consumer;
        this.deadLetters = new DeadLetters(deadLetterProducer, settings.deadLetterTopic());
        this.months = new MonthlyIndices(client);
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        this.stories = new StoryGrouper(new ElasticsearchCandidates(client, IndexNames.PATTERN,
                settings.stories().maxCandidates()), settings.stories());
        this.daily = new DailyAggregates(client);
        counters.attach(stories::counters);
        QueueingBulkListener listener = new QueueingBulkListener(events, counters);
        this.ingester = BulkIngester.of(b -> b
                .client(client)
                .maxOperations(settings.batchSize())
                .maxSize(settings.batchBytes())
                .maxConcurrentRequests(1)
                .flushInterval(settings.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                // Retries are ours: they must be paced with the consumer's pause/resume and bounded per document.
                .backoffPolicy(BackoffPolicy.noBackoff())
                .listener(listener));
    }

    public IndexCounters counters() {
        return counters;
    }

    /** The error that stopped the service, if any. */
    public Throwable failure() {
        return failure;
    }

    /** Runs on a new thread named {@code vigie-index}. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("index service already started");
        }
        thread = new Thread(() -> {
            try {
                run();
            } catch (RuntimeException e) {
                // already recorded and logged by run()
            }
        }, "vigie-index");
        thread.start();
    }

    /** Consumes until {@link #close()}; then flushes, commits what was acknowledged, closes the consumer. */
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("index service already ran or was closed");
        }
        try {
            consumer.subscribe(List.of(settings.topic()), new Rebalance());
            LOG.info("indexing {} into {} ({})", settings.topic(), IndexNames.READ_ALIAS, settings);
            while (running) {
                step();
            }
        } catch (WakeupException e) {
            if (running) {
                failure = e;
                throw e;
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.error("index service stopped: {}", e.toString(), e);
            throw e;
        } finally {
            shutdown();
            stopped.countDown();
        }
    }

    @Override
    public void close() {
        running = false;
        if (started.compareAndSet(false, true)) {
            // Never ran: nothing pending, only resources to release.
            closing = true;
            ingester.close();
            consumer.close();
            dailyExecutor.shutdownNow();
            stopped.countDown();
            return;
        }
        consumer.wakeup();
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t == Thread.currentThread()) {
            return;
        }
        try {
            if (!stopped.await(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("index service did not stop within {}", CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void step() {
        processEvents();
        resubmitDueRetries();
        applyPause();
        acceptAll(consumer.poll(settings.pollTimeout()));
        for (TopicPartition tp : offsets.reading()) {
            offsets.positioned(tp, consumer.position(tp));
        }
        processEvents();
        updateDaily(false);
        commit(offsets.committable());
        counters.pending(offsets.pending());
    }

    // ----- reading

    /** A record read and mapped, waiting for its story id. */
    private record Mapped(ConsumerRecord<String, byte[]> record, TopicPartition partition, long generation, byte[] key,
                          DecodedMention decoded, MentionDocument doc) {
    }

    private void acceptAll(ConsumerRecords<String, byte[]> records) {
        List<Mapped> mapped = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            Mapped m = read(record);
            if (m != null) {
                mapped.add(m);
            }
        }
        if (mapped.isEmpty()) {
            return;
        }
        // One lookup for the whole batch: copies within it and against what is indexed are grouped together.
        List<MentionDocument> grouped = stories.assign(mapped.stream().map(Mapped::doc).toList());
        for (int i = 0; i < mapped.size(); i++) {
            accept(mapped.get(i), grouped.get(i));
        }
    }

    /** @return null when the record was dead-lettered */
    private Mapped read(ConsumerRecord<String, byte[]> record) {
        TopicPartition tp = new TopicPartition(record.topic(), record.partition());
        // The raw value and its JSON document are both held until Elasticsearch answers.
        int held = record.value() == null ? 0 : 2 * record.value().length;
        long generation = offsets.read(tp, record.offset(), held);
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);

        DecodedMention decoded;
        try {
            decoded = reader.read(record.value());
        } catch (RuntimeException e) {
            deadLetter(tp, generation, record.offset(), key, record.value(),
                    new IndexingFailure(DeadLetterReason.UNREADABLE, e.getMessage(), e));
            return null;
        }
        if (!decoded.invalidFields().isEmpty()) {
            counters.salvaged(decoded.invalidFields().size());
            LOG.warn("mention {} from source {} ({}@{}): indexed without fields of the wrong type: {}",
                    decoded.event().id(), decoded.event().mention().source().id(), tp, record.offset(),
                    decoded.invalidFields());
        }
        try {
            MentionDocument doc = mapper.map(decoded);
            if (Boolean.TRUE.equals(doc.fields().get("text_truncated"))) {
                counters.textTruncated();
            }
            return new Mapped(record, tp, generation, key, decoded, doc);
        } catch (RuntimeException e) {
            deadLetter(tp, generation, record.offset(), key, record.value(), new IndexingFailure(
                    DeadLetterReason.UNMAPPABLE, "mention " + decoded.event().id() + ": " + e.getMessage(), e));
            return null;
        }
    }

    private void accept(Mapped m, MentionDocument doc) {
        ConsumerRecord<String, byte[]> record = m.record();
        TopicPartition tp = m.partition();
        long generation = m.generation();
        byte[] key = m.key();
        byte[] json;
        try {
            json = doc.toJson();
        } catch (RuntimeException e) {
            deadLetter(tp, generation, record.offset(), key, record.value(), new IndexingFailure(
                    DeadLetterReason.UNMAPPABLE, "mention " + doc.id() + ": " + e.getMessage(), e));
            return;
        }
        if (json.length > settings.maxDocumentBytes()) {
            deadLetter(tp, generation, record.offset(), key, record.value(), new IndexingFailure(
                    DeadLetterReason.TOO_LARGE, "mention " + doc.id() + " is " + json.length
                    + " bytes, over index.maxDocumentBytes " + settings.maxDocumentBytes(), null));
            return;
        }
        PendingDocument pending = PendingDocument.of(record, generation, doc.id(),
                m.decoded().event().mention().source().id(), doc.month(), DayBucket.of(doc), key,
                operation(doc, json));
        if (elasticsearchDown) {
            retries.add(pending, backoff.delay(consecutiveClusterFailures), System.nanoTime());
        } else {
            submit(pending);
        }
    }

    // ----- daily aggregates

    /**
     * Recomputes the days just indexed, at most every {@code dailyInterval} unless forced (shutdown). Runs on
     * its own thread so that indexing goes on meanwhile: buckets dirtied during a round are recomputed in the
     * next one, and a failed round puts its buckets back. A forced call waits for the round in flight, then
     * recomputes what is left on the calling thread.
     */
    private void updateDaily(boolean force) {
        if (dailyRound != null && (force || dailyRound.isDone())) {
            finishDailyRound();
        }
        if (dailyRound != null || dirtyDays.isEmpty() || elasticsearchDown
                || !force && System.nanoTime() - lastDailyNanos < settings.dailyInterval().toNanos()) {
            return;
        }
        lastDailyNanos = System.nanoTime();
        List<DayBucket> buckets = List.copyOf(dirtyDays);
        dirtyDays.clear();
        dailyBuckets = buckets;
        if (force) {
            dailyRound = java.util.concurrent.CompletableFuture.completedFuture(null);
            try {
                daily.recompute(buckets);
            } catch (RuntimeException e) {
                dailyRound = java.util.concurrent.CompletableFuture.failedFuture(e);
            }
            finishDailyRound();
        } else {
            dailyRound = dailyExecutor.submit(() -> daily.recompute(buckets));
        }
    }

    private void finishDailyRound() {
        try {
            dailyRound.get();
            counters.dailyRecomputed(dailyBuckets.size());
        } catch (java.util.concurrent.ExecutionException e) {
            // Kept dirty: the next round tries again.
            dirtyDays.addAll(dailyBuckets);
            counters.dailyFailure();
            LOG.warn("daily aggregates of {} bucket(s) not updated, will retry: {}", dailyBuckets.size(),
                    oneLine(e.getCause()));
        } catch (InterruptedException e) {
            dirtyDays.addAll(dailyBuckets);
            Thread.currentThread().interrupt();
        } finally {
            dailyRound = null;
            dailyBuckets = List.of();
        }
    }

    private static BulkOperation operation(MentionDocument doc, byte[] json) {
        String alias = IndexNames.monthAlias(doc.month());
        BinaryData body = BinaryData.of(json, ContentType.APPLICATION_JSON);
        return BulkOperation.of(b -> b.index(i -> {
            i.index(alias).id(doc.id()).requireAlias(true).document(body);
            if (doc.version() != null) {
                // Equal versions overwrite (re-delivery); older ones are refused (a late retry of a stale enrichment).
                i.version(doc.version()).versionType(VersionType.ExternalGte);
            }
            return i;
        }));
    }

    /** @return false when Elasticsearch could not be reached to prepare the month's index */
    private boolean submit(PendingDocument doc) {
        try {
            months.ensure(doc.month());
        } catch (RuntimeException e) {
            clusterFailure(List.of(doc), e);
            return false;
        }
        ingester.add(doc.operation(), doc);
        return true;
    }

    private void resubmitDueRetries() {
        List<PendingDocument> due = retries.due(System.nanoTime());
        boolean reachable = true;
        for (PendingDocument doc : due) {
            if (!offsets.isCurrent(doc.partition(), doc.generation())) {
                continue;
            }
            if (reachable) {
                reachable = submit(doc);
            } else {
                retries.add(doc, backoff.delay(consecutiveClusterFailures), System.nanoTime());
            }
        }
    }

    private void applyPause() {
        boolean shouldPause = elasticsearchDown || offsets.pending() >= settings.maxPendingRecords()
                || offsets.pendingBytes() >= settings.maxPendingBytes();
        if (shouldPause) {
            if (!paused) {
                LOG.info("pausing {}: {}", settings.topic(), elasticsearchDown ? "Elasticsearch unavailable"
                        : offsets.pending() + " records (" + offsets.pendingBytes() / 1024 + " KiB) awaiting Elasticsearch");
            }
            consumer.pause(consumer.assignment());
            paused = true;
        } else if (paused) {
            consumer.resume(consumer.paused());
            paused = false;
            LOG.info("resuming {}", settings.topic());
        }
    }

    // ----- acknowledgements (consumer thread)

    private void processEvents() {
        BulkEvent event;
        while ((event = events.poll()) != null) {
            handle(event);
        }
    }

    private void handle(BulkEvent event) {
        switch (event) {
            case BulkEvent.Answered answered -> answered(answered.documents(), answered.items());
            case BulkEvent.Failed failed -> clusterFailure(failed.documents(), failed.error());
        }
    }

    private void answered(List<PendingDocument> docs, List<BulkResponseItem> items) {
        elasticsearchUp();
        List<PendingDocument> refused = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            PendingDocument doc = docs.get(i);
            if (!offsets.isCurrent(doc.partition(), doc.generation())) {
                continue;
            }
            BulkResponseItem item = items.get(i);
            ErrorCause error = item.error();
            switch (ItemOutcome.of(item.status(), error == null ? null : error.type())) {
                case INDEXED -> {
                    counters.indexed(doc.sourceId());
                    dirtyDays.add(doc.bucket());
                    offsets.settle(doc.partition(), doc.generation(), doc.offset());
                }
                case SUPERSEDED -> {
                    counters.supersededOne();
                    offsets.settle(doc.partition(), doc.generation(), doc.offset());
                }
                case MISSING_INDEX -> {
                    months.forget(doc.month());
                    retryItem(doc, item.status(), error);
                }
                case RETRY -> retryItem(doc, item.status(), error);
                case CLUSTER_UNAVAILABLE -> refused.add(doc);
                case REJECTED -> deadLetter(doc, new IndexingFailure(DeadLetterReason.REJECTED,
                        "Elasticsearch refused mention " + doc.id() + " (" + item.status() + "): " + describe(error),
                        null));
            }
        }
        if (!refused.isEmpty()) {
            clusterFailure(refused, new IllegalStateException("Elasticsearch refused access: "
                    + describe(items.get(docs.indexOf(refused.get(0))).error())));
        }
    }

    private void retryItem(PendingDocument doc, int status, ErrorCause error) {
        PendingDocument again = doc.failedOnce();
        if (again.attempts() > settings.maxRetries()) {
            deadLetter(doc, new IndexingFailure(DeadLetterReason.RETRIES_EXHAUSTED, "mention " + doc.id()
                    + " still failing after " + settings.maxRetries() + " retries (" + status + "): "
                    + describe(error), null));
            return;
        }
        counters.retried(1);
        retries.add(again, backoff.delay(again.attempts()), System.nanoTime());
    }

    private void clusterFailure(Collection<PendingDocument> docs, Throwable error) {
        consecutiveClusterFailures++;
        Duration delay = backoff.delay(consecutiveClusterFailures);
        if (!elasticsearchDown) {
            elasticsearchDown = true;
            downSinceNanos = System.nanoTime();
            LOG.warn("Elasticsearch unavailable at {} ({}): pausing {}, retrying {} document(s) with backoff",
                    settings.elasticsearchUrl(), oneLine(error), settings.topic(), docs.size());
        } else {
            LOG.debug("Elasticsearch still unavailable ({}), next try in {}", oneLine(error), delay);
        }
        counters.elasticsearchDown(true);
        long now = System.nanoTime();
        int n = 0;
        for (PendingDocument doc : docs) {
            if (offsets.isCurrent(doc.partition(), doc.generation())) {
                retries.add(doc, delay, now);
                n++;
            }
        }
        counters.retried(n);
    }

    private void elasticsearchUp() {
        if (elasticsearchDown) {
            LOG.info("Elasticsearch is back after {} s", (System.nanoTime() - downSinceNanos) / 1_000_000_000L);
        }
        elasticsearchDown = false;
        consecutiveClusterFailures = 0;
        counters.elasticsearchDown(false);
    }

    private void deadLetter(PendingDocument doc, IndexingFailure failure) {
        deadLetter(doc.partition(), doc.generation(), doc.offset(), doc.key(), doc.value(), failure);
    }

    private void deadLetter(TopicPartition tp, long generation, long offset, byte[] key, byte[] value,
                            IndexingFailure failure) {
        deadLetters.publish(tp.topic(), tp.partition(), offset, key, value, failure);
        counters.deadLetteredOne(failure.reason());
        offsets.settle(tp, generation, offset);
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> toCommit) {
        if (toCommit.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(toCommit);
            offsets.committed(toCommit);
            counters.committed();
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // The partitions moved: their new owner re-reads from the last commit and overwrites by id.
            LOG.warn("commit of {} failed ({}); records will be re-delivered, not lost", toCommit, e.getMessage());
        }
    }

    // ----- shutdown and rebalancing

    private void shutdown() {
        closing = true;
        try {
            ingester.close();
            processEvents();
            updateDaily(true);
            commitQuietly(offsets.committable());
        } catch (RuntimeException e) {
            LOG.warn("index service shutdown: {}", e.toString());
        } finally {
            dailyExecutor.shutdownNow();
            try {
                consumer.close();
            } catch (RuntimeException e) {
                LOG.warn("closing consumer: {}", e.toString());
            }
            counters.pending(offsets.pending());
        }
    }

    private void commitQuietly(Map<TopicPartition, OffsetAndMetadata> toCommit) {
        try {
            commit(toCommit);
        } catch (WakeupException e) {
            // close() woke the consumer while it was not polling: the wake-up is spent now.
            commit(toCommit);
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            if (!closing) {
                ingester.flush();
                long deadline = System.nanoTime() + REVOKE_GRACE.toNanos();
                try {
                    while (offsets.pending(partitions) > 0 && !elasticsearchDown && System.nanoTime() < deadline) {
                        resubmitDueRetries();
                        ingester.flush();
                        BulkEvent event = events.poll(50, TimeUnit.MILLISECONDS);
                        if (event != null) {
                            handle(event);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            processEvents();
            commitQuietly(offsets.committable(partitions));
            retries.removeAll(partitions);
            offsets.remove(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            partitions.forEach(offsets::assign);
            if (paused) {
                consumer.pause(partitions);
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            retries.removeAll(partitions);
            offsets.remove(partitions);
        }
    }

    private static String describe(ErrorCause error) {
        if (error == null) {
            return "no error detail";
        }
        StringBuilder out = new StringBuilder().append(error.type()).append(": ").append(error.reason());
        ErrorCause cause = error.causedBy();
        if (cause != null) {
            out.append(" (caused by ").append(cause.type()).append(": ").append(cause.reason()).append(')');
        }
        return out.toString().replaceAll("\\s+", " ");
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getClass().getSimpleName() + ": " + error.getMessage();
        return message.replaceAll("\\s+", " ");
    }
}
