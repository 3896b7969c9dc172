package io.vigie.app.runtime;

import io.vigie.app.config.VigieConfig;
import io.vigie.enrich.Enricher;
import io.vigie.enrich.stream.EnrichMetrics;
import io.vigie.enrich.stream.EnrichService;
import io.vigie.enrich.stream.EnrichSettings;
import io.vigie.report.live.MetricsRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/** The enrich stage: the Kafka Streams application from raw to enriched mentions. */
public final class EnrichStage implements Stage {
    private final EnrichService service;

    private EnrichStage(EnrichService service) {
        this.service = service;
    }

    public static EnrichStage start(VigieConfig config, String bootstrapServers, String instanceId) {
        VigieConfig.Enrich enrich = config.enrich();
        // A static instance id lets a restarted process take its partitions back at once instead
        // of waiting for the previous member's session to expire.
        EnrichSettings settings = new EnrichSettings(enrich.applicationId(), bootstrapServers,
                config.dataDir().resolve("enrich").toAbsolutePath(), enrich.threads(), null, null, null,
                null, null, null, instanceId, null);
        EnrichService service = new EnrichService(settings,
                Enricher.withDefaults(Clock.systemUTC()));
        service.start();
        return new EnrichStage(service);
    }

    @Override
    public String name() {
        return "enrich";
    }

    public EnrichService service() {
        return service;
    }

    @Override
    public String statusLine() {
        EnrichMetrics.EnrichStats stats = service.stats();
        String languages = stats.byLanguage().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(6)
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return String.format("%s, %d enriched (%s), %d dead-lettered", service.state(), stats.enriched(),
                languages.isEmpty() ? "no language yet" : languages, stats.deadLettered());
    }

    @Override
    public Map<String, Object> health() {
        return Map.of("status", service.isRunning() || service.state().name().equals("REBALANCING") ? "UP" : "DOWN",
                "state", service.state().name());
    }

    @Override
    public void exportMetrics(MetricsRegistry metrics) {
        EnrichMetrics.EnrichStats stats = service.stats();
        stats.bySource().forEach((source, count) -> StageMetrics.mentions(metrics, name(), source, count));
        stats.deadLetteredByReason().forEach((reason, count) -> StageMetrics.deadLetters(metrics, name(), reason, count));
        stats.byLanguage().forEach((lang, count) -> metrics.set("vigie_enriched_by_language_total",
                MetricsRegistry.Type.COUNTER, "Enriched mentions by detected language", Map.of("lang", lang), count));
    }

    @Override
    public void close() {
        service.close();
    }
}
