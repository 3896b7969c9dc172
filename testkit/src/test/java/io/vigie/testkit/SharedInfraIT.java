package io.vigie.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A second test class: it must get the very same services, not start new ones. */
class SharedInfraIT {

    @Test
    void sameEndpointsAcrossTestClasses() {
        String kafka = TestInfra.kafkaBootstrap();
        String es = TestInfra.elasticsearchUrl();
        assertThat(TestInfra.kafkaBootstrap()).isSameAs(kafka);
        assertThat(TestInfra.elasticsearchUrl()).isSameAs(es);
    }

    @Test
    void localModeWithoutDockerOrExternalEndpoints() {
        Map<String, String> env = System.getenv();
        assumeTrue(!env.containsKey("KAFKA_BOOTSTRAP_SERVERS") && !env.containsKey("ELASTICSEARCH_URL")
                && !DockerProbe.dockerAvailable(), "Docker or external endpoints available");
        assertThat(TestInfra.kafkaMode()).isEqualTo(InfraMode.LOCAL);
        assertThat(TestInfra.elasticsearchMode()).isEqualTo(InfraMode.LOCAL);
    }
}
