package io.vigie.app.runtime;

import io.vigie.app.config.VigieConfig;
import io.vigie.app.sources.SourceRegistry;
import io.vigie.ingest.dedupe.FileSeenStore;
import io.vigie.ingest.extract.ArticleExtractor;
import io.vigie.ingest.feed.RomeFeedParser;
import io.vigie.ingest.fetch.FetchSettings;
import io.vigie.ingest.fetch.Fetcher;
import io.vigie.ingest.fetch.HttpFetcher;
import io.vigie.ingest.fetch.RetryPolicy;
import io.vigie.ingest.health.SourceHealthStore;
import io.vigie.ingest.kafka.RawMentionProducers;
import io.vigie.ingest.offline.OfflineSnapshot;
import io.vigie.ingest.poll.IngestService;
import io.vigie.ingest.poll.IngestSettings;
import io.vigie.ingest.source.SourceDefinition;
import io.vigie.ingest.source.Sources;
import io.vigie.model.RawMention;
import io.vigie.report.live.MetricsRegistry;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.Producer;

/** The ingest stage: sources (the registry, or an offline snapshot) polled into vigie.mentions.raw. */
public final class IngestStage implements Stage {
    private final IngestService service;
    private final Producer<String, RawMention> producer;
    private final FileSeenStore seen;
    private final HttpClient httpClient;
    private final int sourceCount;
    private final Map<String, String> outlets;

    private IngestStage(IngestService service, Producer<String, RawMention> producer, FileSeenStore seen,
                        HttpClient httpClient, Sources sources) {
        this.service = service;
        this.producer = producer;
        this.seen = seen;
        this.httpClient = httpClient;
        this.sourceCount = sources.size();
        this.outlets = sources.all().stream().collect(Collectors.toUnmodifiableMap(SourceDefinition::id, SourceDefinition::name));
    }

    /** @param offline a snapshot folder to read instead of the network, or null */
    public static IngestStage start(VigieConfig config, String bootstrapServers, Path offline) {
        VigieConfig.Ingest ingest = config.ingest();
        Sources sources;
        Fetcher fetcher;
        HttpClient httpClient = null;
        if (offline != null) {
            OfflineSnapshot snapshot = OfflineSnapshot.open(offline);
            sources = new Sources(snapshot.sources());
            fetcher = snapshot.fetcher();
        } else {
            sources = SourceRegistry.load(ingest.sources());
            FetchSettings fetch = new FetchSettings(ingest.connectTimeout(), ingest.readTimeout(), ingest.maxBodyBytes(),
                    FetchSettings.DEFAULTS.maxRedirects(), ingest.userAgent(), ingest.maxConcurrentPerHost(),
                    ingest.allowPrivateAddresses(), ingest.minDelayPerHost(),
                    new RetryPolicy(ingest.maxAttempts(), ingest.retryBaseDelay(), ingest.retryMaxDelay()),
                    ingest.maxConcurrentFetches());
            httpClient = HttpFetcher.newClient(fetch);
            fetcher = new HttpFetcher(httpClient, fetch);
        }
        IngestSettings settings = IngestSettings.DEFAULTS.withPollInterval(ingest.pollInterval())
                .withAdaptiveBounds(ingest.minPollInterval(), ingest.maxPollInterval(), ingest.maxBackoff())
                .withRespectRobots(ingest.respectRobots());
        FileSeenStore seen = FileSeenStore.open(config.dataDir().resolve("ingest"), settings.seenMaxIds());
        Producer<String, RawMention> producer = RawMentionProducers.create(bootstrapServers, "vigie-ingest");
        Path ingestDir = config.dataDir().resolve("ingest");
        IngestService service = new IngestService(sources, fetcher, new RomeFeedParser(), new ArticleExtractor(), seen,
                producer, settings, Clock.systemUTC(), new SourceHealthStore(ingestDir));
        service.start();
        return new IngestStage(service, producer, seen, httpClient, sources);
    }

    @Override
    public String name() {
        return "ingest";
    }

    /** Outlet name per source id, for reports. */
    public Map<String, String> outlets() {
        return outlets;
    }

    public IngestService service() {
        return service;
    }

    @Override
    public String statusLine() {
        Map<String, Long> counters = service.counters();
        long errors = counters.entrySet().stream()
                .filter(e -> e.getKey().startsWith("errors.")).mapToLong(Map.Entry::getValue).sum();
        long failing = service.health().stream().filter(h -> h.lastError() != null
                && (h.lastSuccess() == null || h.lastErrorAt().isAfter(h.lastSuccess()))).count();
        long backingOff = service.health().stream().filter(h -> h.backingOff()).count();
        return String.format("%d sources (%d failing, %d backing off), %d cycles, %d entries seen, %d mentions sent, %d duplicates, %d errors",
                sourceCount, failing, backingOff, counters.getOrDefault("cycles", 0L), counters.getOrDefault("entries_seen", 0L),
                counters.getOrDefault("mentions_sent", 0L), counters.getOrDefault("duplicates", 0L), errors);
    }

    @Override
    public Map<String, Object> health() {
        long sourcesUp = service.health().stream().filter(h -> h.lastSuccess() != null
                && (h.lastErrorAt() == null || !h.lastErrorAt().isAfter(h.lastSuccess()))).count();
        long cycles = service.counters().getOrDefault("cycles", 0L);
        // Individual sources fail all the time on the web; the stage is down only when none answers.
        boolean up = cycles == 0 || sourcesUp > 0;
        return Map.of("status", up ? "UP" : "DOWN", "sources", sourceCount, "sources_up", sourcesUp, "cycles", cycles);
    }

    @Override
    public void exportMetrics(MetricsRegistry metrics) {
        service.health().forEach(h -> StageMetrics.mentions(metrics, name(), h.sourceId(), h.mentionsSent()));
        Map<String, Long> counters = service.counters();
        StageMetrics.withPrefix(counters, "errors.").forEach((kind, count) -> StageMetrics.errors(metrics, name(), kind, count));
        metrics.set("vigie_extraction_failures_total", MetricsRegistry.Type.COUNTER,
                "Articles kept with the feed's text only because the page could not be fetched or extracted",
                Map.of(), counters.getOrDefault("page_fallbacks", 0L));
        metrics.set("vigie_ingest_cycles_total", MetricsRegistry.Type.COUNTER, "Polling cycles run", Map.of(),
                counters.getOrDefault("cycles", 0L));
    }

    /** Stops polling first, then the clients it used. */
    @Override
    public void close() {
        service.close();
        producer.close();
        seen.close();
        if (httpClient != null) {
            httpClient.close();
        }
    }
}
