package io.vigie.enrich.stream;

import io.vigie.enrich.Enricher;
import java.util.Objects;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrich topology. One instance runs once: to restart, close it and build a new one with
 * the same settings; it resumes from the committed offsets of its application id.
 */
public final class EnrichService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final EnrichSettings settings;
    private final EnrichMetrics metrics = new EnrichMetrics();
    private final KafkaStreams streams;
    private boolean started;
    private boolean closed;

    public EnrichService(EnrichSettings settings, Enricher enricher) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Topology topology = EnrichTopology.build(Objects.requireNonNull(enricher, "enricher"), metrics, settings);
        this.streams = new KafkaStreams(topology, settings.toStreamsProperties());
        // Processing and serde failures never reach here (they are dead-lettered), so what does
        // is a broker or client problem: a fresh thread retries from the last committed offsets.
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("enrich stream thread died, replacing it", error);
            metrics.recordThreadReplaced();
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((newState, oldState) -> LOG.info("enrich {} -> {}", oldState, newState));
    }

    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("enrich service is closed; build a new one to restart");
        }
        if (started) {
            return;
        }
        LOG.info("starting enrich: {} -> {} (dead letters: {}), app id {}, {}, {} thread(s)",
                settings.inputTopic(), settings.outputTopic(), settings.deadLetterTopic(),
                settings.applicationId(), settings.processingGuarantee(), settings.numThreads());
        streams.start();
        started = true;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    public EnrichMetrics.EnrichStats stats() {
        return metrics.snapshot();
    }

    public EnrichSettings settings() {
        return settings;
    }

    /** Commits what was processed and stops; waits at most {@link EnrichSettings#closeTimeout()}. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // With static membership, leave explicitly so that other instances take the partitions over
        // at once; a restart with the same instance id simply rejoins.
        boolean clean = streams.close(new KafkaStreams.CloseOptions()
                .timeout(settings.closeTimeout())
                .leaveGroup(settings.instanceId() != null));
        if (!clean) {
            LOG.warn("enrich did not stop within {}; uncommitted work will be redone on next start",
                    settings.closeTimeout());
        }
        LOG.info("enrich stopped: {}", metrics.snapshot());
    }
}
