package io.vigie.testkit;

/** What integration tests run against, decided once per JVM and per service by {@link ModeSelector}. */
public enum InfraMode {
    /** Endpoints given by the environment (KAFKA_BOOTSTRAP_SERVERS, ELASTICSEARCH_URL); nothing is started. */
    EXTERNAL,
    /** Official Docker images through Testcontainers. */
    DOCKER,
    /** In-process Kafka and an Elasticsearch child process (vigie-infra), data in temp dirs. */
    LOCAL
}
