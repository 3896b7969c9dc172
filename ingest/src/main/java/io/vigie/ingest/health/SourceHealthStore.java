package io.vigie.ingest.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vigie.model.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-source health in {@code source-health.json} under the ingest data directory, so that
 * counters, last errors and backoff survive restarts and {@code vigie sources} can show them
 * without a running process. Written to a temporary file then atomically renamed: a crash leaves
 * the previous complete file, never a torn one.
 */
public final class SourceHealthStore {
    private static final Logger LOG = LoggerFactory.getLogger(SourceHealthStore.class);
    public static final String FILE_NAME = "source-health.json";
    static final int VERSION = 1;

    private final Path file;

    /** The file's content. */
    public record Snapshot(int version, Instant savedAt, List<SourceHealth> sources) {
        public Snapshot {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    public SourceHealthStore(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Health by source id; empty when the file is absent. An unreadable file is logged and ignored. */
    public Map<String, SourceHealth> load() {
        Map<String, SourceHealth> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            Snapshot snapshot = Json.mapper().readValue(file.toFile(), Snapshot.class);
            if (snapshot != null) {
                snapshot.sources().stream().filter(h -> h.sourceId() != null).forEach(h -> out.put(h.sourceId(), h));
            }
        } catch (IOException e) {
            LOG.warn("source health file {} unreadable, starting afresh: {}", file, e.getMessage());
        }
        return out;
    }

    public synchronized void save(Collection<SourceHealth> health, Instant now) {
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            byte[] json = Json.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new Snapshot(VERSION, now, List.copyOf(health)));
            Files.write(tmp, json);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise source health", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write source health file " + file, e);
        }
    }
}
