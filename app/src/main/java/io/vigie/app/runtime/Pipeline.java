package io.vigie.app.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running stages and the infrastructure under them. Stages are added in data-flow order from
 * the end (index, enrich, ingest) so that nothing is produced before its consumer exists, and they
 * are closed in the reverse order: ingest stops producing first, index flushes last.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Infrastructure infrastructure;
    // Read by /metrics and /health threads while stages start and stop.
    private final List<Stage> stages = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> observers = new ArrayList<>();
    private boolean closed;

    public Pipeline(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    public void add(Stage stage) {
        stages.add(stage);
    }

    /** Something that watches the stages (live view, metrics); closed before them. */
    public synchronized void attach(AutoCloseable observer) {
        observers.add(observer);
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        QuietClose.all(observers.toArray(AutoCloseable[]::new));
        List<Stage> reversed = new ArrayList<>(stages);
        Collections.reverse(reversed);
        for (Stage stage : reversed) {
            try {
                stage.close();
                LOG.info("{} stopped", stage.name());
            } catch (RuntimeException e) {
                LOG.warn("{} did not stop cleanly: {}", stage.name(), e.toString());
            }
        }
        infrastructure.close();
    }
}
