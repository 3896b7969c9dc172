package io.vigie.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.testcontainers.DockerClientFactory;

/**
 * Whether Testcontainers can be used. Asking Testcontainers directly on a machine without any Docker
 * engine walks all its discovery strategies, which is slow and logs errors; so only ask it when some
 * hint of an engine exists (DOCKER_HOST, a known socket, a Testcontainers config file).
 */
final class DockerProbe {

    private DockerProbe() {
    }

    static boolean dockerAvailable() {
        return hintOfDocker(System.getenv(), Path.of(System.getProperty("user.home"))) && askTestcontainers();
    }

    static boolean hintOfDocker(Map<String, String> env, Path home) {
        if (env.containsKey("DOCKER_HOST") || env.containsKey("TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE")) {
            return true;
        }
        Stream<Path> sockets = Stream.of(
                Path.of("/var/run/docker.sock"),
                home.resolve(".testcontainers.properties"),
                home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"),
                home.resolve(".colima/default/docker.sock"),
                home.resolve(".rd/docker.sock"));
        String xdg = env.get("XDG_RUNTIME_DIR");
        if (xdg != null) {
            sockets = Stream.concat(sockets, Stream.of(Path.of(xdg, "docker.sock"), Path.of(xdg, "podman/podman.sock")));
        }
        return sockets.anyMatch(Files::exists);
    }

    private static boolean askTestcontainers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
