package io.vigie.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Throw-away data directories of the local services, deleted when the JVM's infra is stopped. */
final class TempDirs {

    private final List<Path> created = new ArrayList<>();

    // Directly under java.io.tmpdir (world-searchable /tmp): the unprivileged ES user must reach it.
    synchronized Path create(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            created.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temp dir for test infra", e);
        }
    }

    synchronized void deleteAll() {
        for (Path dir : created) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // best effort at JVM exit; the OS cleans /tmp eventually
            }
        }
        created.clear();
    }
}
