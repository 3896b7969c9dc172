package io.vigie.infra.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch "integ-test-zip" distribution: found in the local Maven repository (it is a
 * dependency of vigie-infra, so any build of the project downloads it) and unpacked once into a cache.
 *
 * <p>This distribution is minimal: no bundled JDK, and only the modules apm, transport-netty4,
 * x-pack-core and x-pack-security. Settings of absent modules must not be passed (ES rejects unknown
 * settings), hence {@link #hasModule}.
 */
final class ElasticsearchDistribution {

    static final String GROUP_ID = "org.elasticsearch.distribution.integ-test-zip";
    static final String ARTIFACT_ID = "elasticsearch";
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchDistribution.class);
    private static final String COMPLETE_MARKER = ".vigie-unpacked";

    private final Path home;

    private ElasticsearchDistribution(Path home) {
        this.home = home;
    }

    Path home() {
        return home;
    }

    Path launcher() {
        return home.resolve("bin").resolve("elasticsearch");
    }

    Path defaultConfig() {
        return home.resolve("config");
    }

    boolean hasModule(String name) {
        return Files.isDirectory(home.resolve("modules").resolve(name));
    }

    static Path locateZip(String version) {
        Path repository = MavenLocalRepository.location();
        Path zip = MavenLocalRepository.artifact(repository, GROUP_ID, ARTIFACT_ID, version, "zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("""
                    Elasticsearch %1$s distribution not found at %2$s.
                    It is a dependency of vigie-infra: run `./mvnw install -DskipTests` from the project root, or fetch it alone with
                      ./mvnw dependency:get -Dartifact=%3$s:%4$s:%1$s:zip
                    (set -Dmaven.repo.local or MAVEN_REPO_LOCAL if your Maven repository is not %5$s)."""
                    .formatted(version, zip, GROUP_ID, ARTIFACT_ID, repository));
        }
        return zip;
    }

    /**
     * Unpacks {@code zip} under {@code cacheRoot}, unless a previous run completed it already.
     * A marker written last tells a complete tree from one interrupted mid-way (which is wiped).
     */
    static ElasticsearchDistribution unpack(Path zip, Path cacheRoot, String version) {
        try {
            Files.createDirectories(cacheRoot);
            // Several test JVMs (one per module) may race to unpack the same version.
            try (FileChannel lockFile = FileChannel.open(cacheRoot.resolve("elasticsearch-" + version + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                return unpackLocked(zip, cacheRoot, version);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip + " into " + cacheRoot, e);
        }
    }

    private static ElasticsearchDistribution unpackLocked(Path zip, Path cacheRoot, String version) {
        Path target = cacheRoot.resolve("elasticsearch-" + version);
        Path home = target.resolve("elasticsearch-" + version);
        if (Files.isRegularFile(target.resolve(COMPLETE_MARKER))) {
            return new ElasticsearchDistribution(home);
        }
        LOG.info("Unpacking {} into {}", zip.getFileName(), target);
        try {
            deleteRecursively(target);
            Files.createDirectories(target);
            extract(zip, target);
            makeScriptsExecutable(home);
            Files.writeString(target.resolve(COMPLETE_MARKER), zip.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip + " into " + target, e);
        }
        if (!Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
            throw new IllegalStateException("Unexpected layout in " + zip + ": no bin/elasticsearch under " + home);
        }
        return new ElasticsearchDistribution(home);
    }

    private static void extract(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("Zip entry escapes target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(entries, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    // java.util.zip drops Unix modes; the launcher scripts and the native controller need +x.
    private static void makeScriptsExecutable(Path home) throws IOException {
        Set<PosixFilePermission> rwxrxrx = EnumSet.of(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
        for (String dir : new String[] {"bin", "jdk/bin", "jdk/lib", "modules"}) {
            Path base = home.resolve(dir);
            if (!Files.isDirectory(base)) {
                continue; // the integ-test-zip has no bundled jdk
            }
            try (Stream<Path> files = Files.walk(base)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(file) && isExecutableCandidate(base, file)) {
                        Files.setPosixFilePermissions(file, rwxrxrx);
                    }
                }
            }
        }
    }

    private static boolean isExecutableCandidate(Path base, Path file) {
        String name = file.getFileName().toString();
        if (base.endsWith("bin")) {
            return !name.endsWith(".bat") && !name.endsWith(".exe");
        }
        // native helpers shipped inside modules, e.g. modules/x-pack-ml/platform/linux-x86_64/bin/controller
        return file.getParent() != null && file.getParent().endsWith("bin") || name.equals("jspawnhelper");
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
