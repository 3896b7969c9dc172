package io.vigie.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerProbeTest {

    @TempDir
    Path home;

    @Test
    void noHintMeansNoDocker() {
        assumeFalse(Files.exists(Path.of("/var/run/docker.sock")), "this machine has a system Docker socket");
        assertThat(DockerProbe.hintOfDocker(Map.of(), home)).isFalse();
    }

    @Test
    void dockerHostOrUserSocketIsAHint() throws Exception {
        assertThat(DockerProbe.hintOfDocker(Map.of("DOCKER_HOST", "tcp://x:2375"), home)).isTrue();
        Files.createDirectories(home.resolve(".docker/run"));
        Files.createFile(home.resolve(".docker/run/docker.sock"));
        assertThat(DockerProbe.hintOfDocker(Map.of(), home)).isTrue();
    }
}
