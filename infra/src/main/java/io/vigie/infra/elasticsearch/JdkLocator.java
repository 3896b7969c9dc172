package io.vigie.infra.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Chooses the JDK Elasticsearch runs on (ES_JAVA_HOME): the integ-test-zip bundles none, and ES 9
 * needs Java 21+. Prefers the JVM running us, then the newest suitable one under /usr/lib/jvm.
 */
final class JdkLocator {

    static final int MINIMUM_FEATURE_VERSION = 21;
    private static final Path SYSTEM_JVMS = Path.of("/usr/lib/jvm");

    private JdkLocator() {
    }

    /**
     * @param usable extra filter, e.g. "readable by the unprivileged ES user" when we run as root
     */
    static Path find(Predicate<Path> usable) {
        Path current = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() >= MINIMUM_FEATURE_VERSION && usable.test(current)) {
            return current;
        }
        return candidatesUnder(SYSTEM_JVMS).stream()
                .filter(home -> featureVersion(home).orElse(0) >= MINIMUM_FEATURE_VERSION)
                .filter(usable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Elasticsearch needs a JDK >= " + MINIMUM_FEATURE_VERSION + ": the current JVM ("
                                + current + ", Java " + Runtime.version().feature()
                                + ") is not usable and none was found under " + SYSTEM_JVMS
                                + ". Install one (e.g. apt-get install openjdk-21-jdk-headless)."));
    }

    private static List<Path> candidatesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> homes = Files.list(dir)) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/java")))
                    .sorted(Comparator.comparing((Path h) -> featureVersion(h).orElse(0)).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Reads JAVA_VERSION from the JDK's {@code release} file, avoiding a process launch per candidate. */
    static Optional<Integer> featureVersion(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(release)) {
            return lines.filter(l -> l.startsWith("JAVA_VERSION="))
                    .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .map(JdkLocator::parseFeature)
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<Integer> parseFeature(String version) {
        String v = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? Optional.empty() : Optional.of(Integer.parseInt(v.substring(0, end)));
    }
}
