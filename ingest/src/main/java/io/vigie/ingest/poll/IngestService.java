package io.vigie.ingest.poll;

import io.vigie.ingest.dedupe.SeenStore;
import io.vigie.ingest.extract.ArticleExtractor;
import io.vigie.ingest.feed.FeedParser;
import io.vigie.ingest.fetch.Fetcher;
import io.vigie.ingest.fetch.ValidatorCache;
import io.vigie.ingest.health.Counters;
import io.vigie.ingest.health.SourceHealth;
import io.vigie.ingest.health.SourceHealthTracker;
import io.vigie.ingest.mention.MentionAssembler;
import io.vigie.ingest.source.SourceDefinition;
import io.vigie.ingest.source.Sources;
import io.vigie.model.RawMention;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: polls every source concurrently each cycle and sends new mentions to Kafka.
 *
 * <p>Owns nothing it was given: the fetcher (and its HTTP client), the producer (idempotent,
 * {@code acks=all}, value serializer {@code EventSerdes.RAW_MENTION}) and the seen store are
 * created and closed by the caller. {@link #close()} only stops the schedule.
 */
public final class IngestService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final Sources sources;
    private final IngestSettings settings;
    private final FeedPoller poller;
    private final Counters counters = new Counters();
    private final Map<String, SourceHealthTracker> health = new LinkedHashMap<>();
    private final Clock clock;
    private final java.util.concurrent.locks.ReentrantLock cycleLock = new java.util.concurrent.locks.ReentrantLock();
    private ScheduledExecutorService schedule;

    public IngestService(Sources sources, Fetcher fetcher, FeedParser parser, SeenStore seen,
                         Producer<String, RawMention> producer, IngestSettings settings) {
        this(sources, fetcher, parser, new ArticleExtractor(), seen, producer, settings, Clock.systemUTC());
    }

    public IngestService(Sources sources, Fetcher fetcher, FeedParser parser, ArticleExtractor extractor, SeenStore seen,
                         Producer<String, RawMention> producer, IngestSettings settings, Clock clock) {
        this.sources = sources;
        this.settings = settings;
        this.clock = clock;
        Set<String> claims = ConcurrentHashMap.newKeySet();
        this.poller = new FeedPoller(fetcher, parser, extractor, new MentionAssembler(settings.minPageTextChars()),
                seen, claims, new ValidatorCache(), producer, settings, counters, clock);
        for (SourceDefinition s : sources.all()) {
            health.put(s.id(), new SourceHealthTracker(s.id()));
        }
    }

    /** One cycle over all sources; returns when every source is done. Never throws for bad sources. */
    public CycleSummary runOnce() {
        cycleLock.lock();
        try {
            return cycle();
        } finally {
            cycleLock.unlock();
        }
    }

    private CycleSummary cycle() {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        CycleStats stats = new CycleStats();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (SourceDefinition source : sources.all()) {
                pool.submit(() -> {
                    try {
                        poller.poll(source, health.get(source.id()), stats);
                    } catch (RuntimeException e) {
                        LOG.warn("source {} {}: unexpected failure: {}", source.id(), source.url(), e.toString());
                        health.get(source.id()).error("internal", e.toString(), clock.instant());
                        stats.errors.increment();
                        counters.increment("errors.internal");
                    }
                });
            }
        }
        counters.increment("cycles");
        CycleSummary summary = new CycleSummary(started, Duration.ofNanos(System.nanoTime() - t0), sources.size(),
                stats.sourcesFailed.intValue(), stats.notModified.intValue(), stats.entries.sum(),
                stats.duplicates.sum(), stats.sent.sum(), stats.pageFallbacks.sum(), stats.errors.sum());
        LOG.info(summary.line());
        return summary;
    }

    /** Runs a cycle now, then one every {@link IngestSettings#pollInterval()} after the previous ends. */
    public synchronized void start() {
        if (schedule != null) {
            throw new IllegalStateException("ingest already started");
        }
        schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("vigie-ingest").daemon().factory());
        schedule.scheduleWithFixedDelay(() -> {
            try {
                runOnce();
            } catch (RuntimeException e) {
                LOG.error("ingest cycle failed: {}", e.toString(), e);
            }
        }, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Health of every source, in registry order. */
    public List<SourceHealth> health() {
        List<SourceHealth> out = new ArrayList<>();
        health.values().forEach(h -> out.add(h.snapshot()));
        return out;
    }

    public SourceHealth health(String sourceId) {
        SourceHealthTracker h = health.get(sourceId);
        if (h == null) {
            throw new IllegalArgumentException("unknown source " + sourceId);
        }
        return h.snapshot();
    }

    /** Global counters: cycles, feeds_fetched, entries_seen, mentions_sent, duplicates, errors.&lt;kind&gt;... */
    public Map<String, Long> counters() {
        return counters.snapshot();
    }

    /** Stops the schedule, letting a running cycle finish (up to one minute). */
    @Override
    public void close() {
        ScheduledExecutorService s;
        synchronized (this) {
            s = schedule;
            schedule = null;
        }
        if (s == null) {
            return;
        }
        s.shutdown();
        try {
            if (!s.awaitTermination(1, TimeUnit.MINUTES)) {
                s.shutdownNow();
            }
        } catch (InterruptedException e) {
            s.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
