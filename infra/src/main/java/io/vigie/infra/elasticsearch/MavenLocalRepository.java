package io.vigie.infra.elasticsearch;

import java.nio.file.Path;
import java.util.Map;

/** Where Maven keeps downloaded artifacts on this machine, following the usual overrides. */
final class MavenLocalRepository {

    private MavenLocalRepository() {
    }

    static Path location() {
        return location(System.getProperties().getProperty("maven.repo.local"), System.getenv());
    }

    // Precedence mirrors how builds here are launched: -Dmaven.repo.local, then the CI variable, then the default.
    static Path location(String systemProperty, Map<String, String> env) {
        if (systemProperty != null && !systemProperty.isBlank()) {
            return Path.of(systemProperty);
        }
        String fromEnv = env.get("MAVEN_REPO_LOCAL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    static Path artifact(Path repository, String groupId, String artifactId, String version, String type) {
        return repository.resolve(groupId.replace('.', '/'))
                .resolve(artifactId)
                .resolve(version)
                .resolve(artifactId + "-" + version + "." + type);
    }
}
