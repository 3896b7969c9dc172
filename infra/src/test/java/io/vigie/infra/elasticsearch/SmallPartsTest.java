package io.vigie.infra.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void mavenRepositoryPrecedence() {
        assertThat(MavenLocalRepository.location("/sys/prop", Map.of("MAVEN_REPO_LOCAL", "/env"))).isEqualTo(Path.of("/sys/prop"));
        assertThat(MavenLocalRepository.location(null, Map.of("MAVEN_REPO_LOCAL", "/env"))).isEqualTo(Path.of("/env"));
        assertThat(MavenLocalRepository.location(" ", Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }

    @Test
    void artifactPathFollowsMavenLayout() {
        assertThat(MavenLocalRepository.artifact(Path.of("/repo"), "org.elasticsearch.distribution.integ-test-zip",
                "elasticsearch", "9.5.3", "zip"))
                .isEqualTo(Path.of("/repo/org/elasticsearch/distribution/integ-test-zip/elasticsearch/9.5.3/elasticsearch-9.5.3.zip"));
    }

    @Test
    void parsesJavaVersions() {
        assertThat(JdkLocator.parseFeature("25.0.1")).contains(25);
        assertThat(JdkLocator.parseFeature("21")).contains(21);
        assertThat(JdkLocator.parseFeature("1.8.0_402")).contains(8);
        assertThat(JdkLocator.parseFeature("abc")).isEqualTo(Optional.empty());
    }

    @Test
    void versionComesFromThePom() {
        assertThat(LocalElasticsearch.defaultVersion()).matches("\\d+\\.\\d+\\.\\d+");
    }
}
