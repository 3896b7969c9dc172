package io.vigie.infra.kafka;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * The equivalent of {@code kafka-storage.sh format}: a KRaft node refuses to start on an unformatted
 * log directory. Formatting happens only once so that a restart on the same directory keeps the
 * cluster id, hence topics, records and committed offsets.
 */
final class KRaftStorage {

    private KRaftStorage() {
    }

    static boolean isFormatted(Path logDir) {
        return Files.isRegularFile(logDir.resolve("meta.properties"));
    }

    /** Formats {@code logDir} (also used as metadata log dir) for a static single-voter quorum. */
    static void formatIfNeeded(Path logDir, int nodeId, String controllerListenerName) throws Exception {
        if (isFormatted(logDir)) {
            return;
        }
        Files.createDirectories(logDir);
        // The formatter prints progress to a stream; keep it out of the test/console output.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(print)
                    .setNodeId(nodeId)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName(controllerListenerName)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka storage in " + logDir + ": "
                    + out.toString(StandardCharsets.UTF_8), e);
        }
    }
}
