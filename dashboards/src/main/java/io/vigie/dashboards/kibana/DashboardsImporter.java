package io.vigie.dashboards.kibana;

import io.vigie.dashboards.vigie.NdjsonGenerator;
import io.vigie.dashboards.vigie.SavedObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What {@code ./vigie dashboards import|export} call. */
public final class DashboardsImporter {
    public static final int REQUIRED_MAJOR = 9;
    private static final Logger LOG = LoggerFactory.getLogger(DashboardsImporter.class);

    private final KibanaClient client;
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    public DashboardsImporter(KibanaClient client) {
        this.client = Objects.requireNonNull(client);
    }

    /** Checks Kibana is reachable and 9.x, then imports every Vigie saved object (overwriting ours). */
    public ImportSummary importAll(KibanaTarget target) {
        try {
            KibanaStatus status = requireCompatible(target);
            int sent = SavedObjects.objects().size();
            ImportResult result = client.importNdjson(target, SavedObjects.ndjson());
            count("imports");
            count("objects_imported", result.successCount());
            LOG.info("imported {} Vigie saved objects into Kibana {} at {}", result.successCount(),
                    status.version(), target.describe());
            return new ImportSummary(target.describe(), status.version(), sent, result.successCount());
        } catch (KibanaException e) {
            count("failures." + e.kind().name().toLowerCase());
            throw e;
        }
    }

    /** Checks reachability and version without importing (for a dry run or a health check). */
    public KibanaStatus requireCompatible(KibanaTarget target) {
        KibanaStatus status = client.status(target);
        if (status.major() != REQUIRED_MAJOR) {
            throw new KibanaException(KibanaException.Kind.VERSION_MISMATCH, "version mismatch: Kibana "
                    + status.major() + ".x found (" + status.version() + " at " + target.describe()
                    + "), Vigie's dashboards need " + REQUIRED_MAJOR + ".x");
        }
        return status;
    }

    /** Our objects as they currently are in Kibana (including analysts' edits), as NDJSON. */
    public String exportFromKibana(KibanaTarget target) {
        requireCompatible(target);
        return client.export(target, SavedObjects.keys());
    }

    /** Writes the generated NDJSON (what {@code dashboards export --out FILE} does without a Kibana). */
    public static Path writeGenerated(Path out) throws IOException {
        return NdjsonGenerator.write(out);
    }

    public Map<String, Long> counters() {
        Map<String, Long> snapshot = new TreeMap<>();
        counters.forEach((k, v) -> snapshot.put(k, v.sum()));
        return snapshot;
    }

    private void count(String name) {
        count(name, 1);
    }

    private void count(String name, long n) {
        counters.computeIfAbsent(name, k -> new LongAdder()).add(n);
    }
}
