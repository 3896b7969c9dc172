package io.vigie.infra.elasticsearch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops a process and everything it spawned. Elasticsearch is a chain
 * (setpriv/runuser, launcher script, CLI JVM, server JVM): signalling only the top would orphan the server.
 */
final class ProcessTree {

    private ProcessTree() {
    }

    /** SIGTERM to the whole tree, wait up to {@code grace}, then SIGKILL whatever is left. */
    static void terminate(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        // Leaves first: the server JVM gets the signal directly and shuts down cleanly (flushes, releases locks).
        for (int i = tree.size() - 1; i >= 0; i--) {
            tree.get(i).destroy();
        }
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle p : tree) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    p.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (Exception timeoutOrInterrupt) {
                if (timeoutOrInterrupt instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        for (ProcessHandle p : tree) {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // SIGKILL cannot be refused; a zombie here would only mean a reaping delay.
            }
        }
    }
}
