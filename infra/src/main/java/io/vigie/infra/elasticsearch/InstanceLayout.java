package io.vigie.infra.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The per-node directories of one local Elasticsearch: data, logs, its own copy of the config
 * (ES writes its keystore there, so the shared unpacked distribution stays read-only) and tmp.
 *
 * <p>Normally they live in the requested data directory. When ES runs as a dedicated user and that
 * directory is not reachable for it (e.g. a project cloned under /root, which is mode 700), they live
 * in {@code <relocationRoot>/instances/<sha256 of the data dir path>} instead: deterministic, so a
 * restart on the same data dir finds its data again. A {@code ELASTICSEARCH_LOCATION.txt} in the
 * requested directory says where it went.
 */
record InstanceLayout(Path root, Path requested) {

    static final String POINTER_FILE = "ELASTICSEARCH_LOCATION.txt";

    static InstanceLayout resolve(Path requested, ProcessIdentity identity, Path relocationRoot) {
        Path dataDir = requested.toAbsolutePath().normalize();
        Path parent = dataDir.getParent();
        // The data dir itself is ours to open up; its ancestors belong to someone else.
        if (!identity.isDedicatedUser() || parent == null || identity.canReach(parent)) {
            return new InstanceLayout(dataDir, dataDir);
        }
        return new InstanceLayout(relocationRoot.resolve("instances").resolve(digest(dataDir.toString())), dataDir);
    }

    boolean relocated() {
        return !root.equals(requested);
    }

    Path data() {
        return root.resolve("data");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path config() {
        return root.resolve("config");
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    Path pidFile() {
        return root.resolve("elasticsearch.pid");
    }

    Path consoleLog() {
        return logs().resolve("console.log");
    }

    /** Creates the directories, copies the default config on first use, and hands everything to the ES user. */
    void prepare(Path defaultConfig, ProcessIdentity identity) {
        try {
            Files.createDirectories(root);
            for (Path dir : new Path[] {data(), logs(), tmp()}) {
                Files.createDirectories(dir);
            }
            if (!Files.isRegularFile(config().resolve("elasticsearch.yml"))) {
                copyTree(defaultConfig, config());
            }
            if (relocated()) {
                Files.createDirectories(requested);
                Files.writeString(requested.resolve(POINTER_FILE), "Elasticsearch data for this directory lives in "
                        + root + "\n(the dedicated ES user cannot reach this path).\n", StandardCharsets.UTF_8);
            }
            if (identity.isDedicatedUser()) {
                identity.handOver(root);
                addOthersExecute(root);
                if (relocated()) {
                    // <relocationRoot>/instances/<hash>: our own folders, which a restrictive umask may have closed.
                    addOthersExecute(root.getParent());
                    addOthersExecute(root.getParent().getParent());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Elasticsearch directories in " + root, e);
        }
    }

    private static void addOthersExecute(Path dir) throws IOException {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
        if (perms.add(PosixFilePermission.OTHERS_EXECUTE)) {
            Files.setPosixFilePermissions(dir, perms);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
