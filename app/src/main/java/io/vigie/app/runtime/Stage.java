package io.vigie.app.runtime;

import io.vigie.report.live.MetricsRegistry;
import java.util.Map;

/** One running stage of the pipeline, owning the clients it created. */
public interface Stage extends AutoCloseable {
    /** ingest, enrich, index or alerts. */
    String name();

    /** One human-readable line of counts, for the periodic status output. */
    String statusLine();

    /** For /health: at least {@code status} (UP or DOWN), plus whatever explains it. */
    Map<String, Object> health();

    /** Copies the stage's counters into the registry scraped by /metrics. */
    void exportMetrics(MetricsRegistry metrics);

    @Override
    void close();
}
