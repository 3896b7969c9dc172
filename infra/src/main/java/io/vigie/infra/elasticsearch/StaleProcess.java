package io.vigie.infra.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node left behind by a JVM that was killed without running its shutdown hooks (kill -9, IDE stop)
 * still holds the node lock on the data directory; the next start would fail on it. ES writes its
 * pid file ({@code -p}) and deletes it on a clean stop, so a live pid found there is such an orphan.
 */
final class StaleProcess {

    private static final Logger LOG = LoggerFactory.getLogger(StaleProcess.class);

    private StaleProcess() {
    }

    static void killIfAlive(Path pidFile) {
        readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(StaleProcess::looksLikeElasticsearch)
                .ifPresent(orphan -> {
                    LOG.warn("Stopping orphan Elasticsearch (pid {}) still holding {}", orphan.pid(), pidFile.getParent());
                    ProcessTree.terminate(orphan, Duration.ofSeconds(30));
                });
    }

    // Pids are recycled: never kill something that is not an ES JVM.
    private static boolean looksLikeElasticsearch(ProcessHandle p) {
        return p.info().commandLine().map(cmd -> cmd.contains("org.elasticsearch")).orElse(false);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
