package io.vigie.app.runtime;

import io.vigie.app.config.VigieConfig;
import io.vigie.app.sources.SourceRegistry;
import io.vigie.ingest.dedupe.FileSeenStore;
import io.vigie.ingest.feed.RomeFeedParser;
import io.vigie.ingest.fetch.FetchSettings;
import io.vigie.ingest.fetch.Fetcher;
import io.vigie.ingest.fetch.HttpFetcher;
import io.vigie.ingest.kafka.RawMentionProducers;
import io.vigie.ingest.offline.OfflineSnapshot;
import io.vigie.ingest.poll.IngestService;
import io.vigie.ingest.poll.IngestSettings;
import io.vigie.ingest.source.Sources;
import io.vigie.model.RawMention;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;

/** The ingest stage: sources (the registry, or an offline snapshot) polled into vigie.mentions.raw. */
public final class IngestStage implements Stage {
    private final IngestService service;
    private final Producer<String, RawMention> producer;
    private final FileSeenStore seen;
    private final HttpClient httpClient;
    private final int sourceCount;

    private IngestStage(IngestService service, Producer<String, RawMention> producer, FileSeenStore seen,
                        HttpClient httpClient, int sourceCount) {
        this.service = service;
        this.producer = producer;
        this.seen = seen;
        this.httpClient = httpClient;
        this.sourceCount = sourceCount;
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
                    ingest.allowPrivateAddresses());
            httpClient = HttpFetcher.newClient(fetch);
            fetcher = new HttpFetcher(httpClient, fetch);
        }
        IngestSettings settings = IngestSettings.DEFAULTS.withPollInterval(ingest.pollInterval());
        FileSeenStore seen = FileSeenStore.open(config.dataDir().resolve("ingest"), settings.seenMaxIds());
        Producer<String, RawMention> producer = RawMentionProducers.create(bootstrapServers, "vigie-ingest");
        IngestService service = new IngestService(sources, fetcher, new RomeFeedParser(), seen, producer, settings);
        service.start();
        return new IngestStage(service, producer, seen, httpClient, sources.size());
    }

    @Override
    public String name() {
        return "ingest";
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
        return String.format("%d sources (%d failing), %d cycles, %d entries seen, %d mentions sent, %d duplicates, %d errors",
                sourceCount, failing, counters.getOrDefault("cycles", 0L), counters.getOrDefault("entries_seen", 0L),
                counters.getOrDefault("mentions_sent", 0L), counters.getOrDefault("duplicates", 0L), errors);
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
