package io.vigie.testkit;

import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Picks the {@link InfraMode} of a service: an external endpoint from the environment wins, then
 * Docker if an engine answers, then local processes. {@code -Dvigie.test.infra=local|docker} (or env
 * {@code VIGIE_TEST_INFRA}) forces Docker or local for services without an external endpoint, e.g. to
 * use the local processes on a machine that has Docker.
 */
final class ModeSelector {

    static final String FORCE_PROPERTY = "vigie.test.infra";
    static final String FORCE_ENV = "VIGIE_TEST_INFRA";

    private final Map<String, String> env;
    private final String forced;
    private final BooleanSupplier docker;

    ModeSelector(Map<String, String> env, String forcedProperty, BooleanSupplier docker) {
        this.env = env;
        String raw = forcedProperty != null ? forcedProperty : env.get(FORCE_ENV);
        this.forced = raw == null || raw.isBlank() ? null : raw.strip().toLowerCase(Locale.ROOT);
        this.docker = docker;
    }

    static ModeSelector fromEnvironment() {
        return new ModeSelector(System.getenv(), System.getProperty(FORCE_PROPERTY), new CachedDockerProbe());
    }

    InfraMode select(String endpointVariable) {
        String external = env.get(endpointVariable);
        if (external != null && !external.isBlank()) {
            return InfraMode.EXTERNAL;
        }
        if (forced != null) {
            return switch (forced) {
                case "local" -> InfraMode.LOCAL;
                case "docker" -> InfraMode.DOCKER;
                default -> throw new IllegalArgumentException(
                        FORCE_PROPERTY + "/" + FORCE_ENV + " must be 'local' or 'docker', not '" + forced + "'");
            };
        }
        return docker.getAsBoolean() ? InfraMode.DOCKER : InfraMode.LOCAL;
    }

    String endpoint(String endpointVariable) {
        return env.get(endpointVariable).strip();
    }

    /** Kafka and Elasticsearch share one probe: Docker availability does not change between the two. */
    private static final class CachedDockerProbe implements BooleanSupplier {
        private Boolean available;

        @Override
        public synchronized boolean getAsBoolean() {
            if (available == null) {
                available = DockerProbe.dockerAvailable();
            }
            return available;
        }
    }
}
