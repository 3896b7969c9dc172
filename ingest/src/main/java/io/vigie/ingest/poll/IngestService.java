package io.vigie.ingest.poll;

import io.vigie.ingest.dedupe.SeenStore;
import io.vigie.ingest.extract.ArticleExtractor;
import io.vigie.ingest.feed.FeedParser;
import io.vigie.ingest.fetch.Fetcher;
import io.vigie.ingest.fetch.ValidatorCache;
import io.vigie.ingest.health.Counters;
import io.vigie.ingest.fetch.IntervalGate;
import io.vigie.ingest.fetch.Sleeper;
import io.vigie.ingest.health.SourceHealth;
import io.vigie.ingest.health.SourceHealthStore;
import io.vigie.ingest.health.SourceHealthTracker;
import io.vigie.ingest.robots.RobotsPolicy;
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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: polls sources concurrently (one virtual thread each) and sends new mentions to
 * Kafka. Each source has its own pace: an interval adapted to its publication rate, backed off
 * exponentially while it keeps failing. Health is persisted after every cycle when a
 * {@link SourceHealthStore} is given, and restored from it at start.
 *
 * <p>Owns nothing it was given: the fetcher (and its HTTP client), the producer (idempotent,
 * {@code acks=all}, value serializer {@code EventSerdes.RAW_MENTION}) and the seen store are
 * created and closed by the caller. {@link #close()} only stops the schedule.
 */
public final class IngestService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    /** GDELT's documented courtesy limit: about one request every five seconds per client. */
    public static final Duration GDELT_MIN_INTERVAL = Duration.ofSeconds(5);
    static final String ROBOTS_AGENT = "vigiebot";

    private final Sources sources;
    private final IngestSettings settings;
    private final FeedPoller poller;
    private final Fetcher fetcher;
    private final RobotsPolicy robots;
    private final SourceHealthStore healthStore;
    private final Counters counters = new Counters();
    private final Map<String, SourceHealthTracker> health = new LinkedHashMap<>();
    private final Clock clock;
    private final java.util.concurrent.locks.ReentrantLock cycleLock = new java.util.concurrent.locks.ReentrantLock();
    private ScheduledExecutorService schedule;

    public IngestService(Sources sources, Fetcher fetcher, FeedParser parser, SeenStore seen,
                         Producer<String, RawMention> producer, IngestSettings settings) {
        this(sources, fetcher, parser, new ArticleExtractor(), seen, producer, settings, Clock.systemUTC(), null);
    }

    public IngestService(Sources sources, Fetcher fetcher, FeedParser parser, ArticleExtractor extractor, SeenStore seen,
                         Producer<String, RawMention> producer, IngestSettings settings, Clock clock) {
        this(sources, fetcher, parser, extractor, seen, producer, settings, clock, null);
    }

    /**
     * @param healthStore where per-source health is restored from and saved to after each cycle, or null
     */
    public IngestService(Sources sources, Fetcher fetcher, FeedParser parser, ArticleExtractor extractor, SeenStore seen,
                         Producer<String, RawMention> producer, IngestSettings settings, Clock clock,
                         SourceHealthStore healthStore) {
        this.sources = sources;
        this.settings = settings;
        this.clock = clock;
        this.fetcher = fetcher;
        this.healthStore = healthStore;
        this.robots = settings.respectRobots()
                ? new RobotsPolicy(fetcher, ROBOTS_AGENT, settings.robotsTtl(), Duration.ofMinutes(30), clock) : null;
        Set<String> claims = ConcurrentHashMap.newKeySet();
        this.poller = new FeedPoller(fetcher, parser, extractor, new MentionAssembler(settings.minPageTextChars()),
                seen, claims, new ValidatorCache(), producer, settings, counters, clock, robots,
                new IntervalGate(GDELT_MIN_INTERVAL, Sleeper.REAL));
        Map<String, SourceHealth> persisted = healthStore == null ? Map.of() : healthStore.load();
        for (SourceDefinition s : sources.all()) {
            SourceHealth previous = persisted.get(s.id());
            health.put(s.id(), previous == null ? new SourceHealthTracker(s.id()) : SourceHealthTracker.restore(previous));
        }
        if (!persisted.isEmpty()) {
            LOG.info("source health restored for {} of {} sources from {}",
                    sources.all().stream().filter(s -> persisted.containsKey(s.id())).count(), sources.size(), healthStore.file());
        }
    }

    /** One cycle over all sources, due or not; returns when every source is done. Never throws for bad sources. */
    public CycleSummary runOnce() {
        return runLocked(sources.all());
    }

    /**
     * One cycle over the sources whose next poll is due (never polled, interval elapsed, or
     * backoff over). This is what the schedule runs.
     */
    public CycleSummary runDue() {
        Instant now = clock.instant();
        List<SourceDefinition> due = sources.all().stream().filter(s -> {
            Instant next = health.get(s.id()).nextPollAt();
            return next == null || !now.isBefore(next);
        }).toList();
        return runLocked(due);
    }

    private CycleSummary runLocked(List<SourceDefinition> toPoll) {
        cycleLock.lock();
        try {
            return cycle(toPoll);
        } finally {
            cycleLock.unlock();
        }
    }

    private CycleSummary cycle(List<SourceDefinition> toPoll) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        CycleStats stats = new CycleStats();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (SourceDefinition source : toPoll) {
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
        if (!toPoll.isEmpty()) {
            // Ticks where nothing was due are not cycles, and change no health.
            counters.increment("cycles");
            saveHealth();
        }
        CycleSummary summary = new CycleSummary(started, Duration.ofNanos(System.nanoTime() - t0), toPoll.size(),
                stats.sourcesFailed.intValue(), stats.notModified.intValue(), stats.entries.sum(),
                stats.duplicates.sum(), stats.sent.sum(), stats.pageFallbacks.sum(), stats.errors.sum());
        if (!toPoll.isEmpty()) {
            LOG.info(summary.line());
        }
        return summary;
    }

    private void saveHealth() {
        if (healthStore == null) {
            return;
        }
        try {
            healthStore.save(health(), clock.instant());
        } catch (RuntimeException e) {
            counters.increment("errors.health_save");
            LOG.warn("cannot save source health to {}: {}", healthStore.file(), e.toString());
        }
    }

    /**
     * Runs due sources now, then checks again every tick (the smaller of a minute and the minimum
     * poll interval) after the previous run ends.
     */
    public synchronized void start() {
        if (schedule != null) {
            throw new IllegalStateException("ingest already started");
        }
        Duration tick = settings.minPollInterval().compareTo(Duration.ofMinutes(1)) < 0
                ? settings.minPollInterval() : Duration.ofMinutes(1);
        schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("vigie-ingest").daemon().factory());
        schedule.scheduleWithFixedDelay(() -> {
            try {
                runDue();
            } catch (RuntimeException e) {
                LOG.error("ingest cycle failed: {}", e.toString(), e);
            }
        }, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
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

    /**
     * Global counters: cycles, feeds_fetched, entries_seen, mentions_sent, duplicates, robots_disallowed,
     * errors.&lt;kind&gt;..., plus the fetcher's (fetch_retries...) and robots.txt ones (robots_fetched...).
     */
    public Map<String, Long> counters() {
        Map<String, Long> out = new TreeMap<>(fetcher.counters());
        if (robots != null) {
            robots.counters().forEach((k, v) -> out.merge(k, v, Long::sum));
        }
        counters.snapshot().forEach((k, v) -> out.merge(k, v, Long::sum));
        return out;
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
