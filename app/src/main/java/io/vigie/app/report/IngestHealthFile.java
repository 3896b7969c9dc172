package io.vigie.app.report;

import io.vigie.ingest.health.SourceHealthStore;
import io.vigie.report.health.SourceHealth;
import io.vigie.report.health.SourceHealthProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The report's view of source health: the ingest stage's persisted health file, read afresh on
 * every report so that a report written while ingest runs shows its latest state.
 */
public final class IngestHealthFile implements SourceHealthProvider {
    private final Path ingestDataDir;
    private final Map<String, String> outlets;

    /** @param outlets outlet name per source id, from the registry, for sources the file names by id only */
    public IngestHealthFile(Path ingestDataDir, Map<String, String> outlets) {
        this.ingestDataDir = ingestDataDir;
        this.outlets = Map.copyOf(outlets);
    }

    @Override
    public List<SourceHealth> sources() {
        return new SourceHealthStore(ingestDataDir).load().values().stream()
                .map(h -> new SourceHealth(h.sourceId(), outlets.getOrDefault(h.sourceId(), h.sourceId()),
                        h.lastSuccess(), h.lastError(), h.lastErrorAt(), h.itemsSeen()))
                .toList();
    }
}
