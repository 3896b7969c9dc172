package io.vigie.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects shared endpoints into test constructors and methods:
 * <pre>{@code
 * @ExtendWith(TestInfraExtension.class)
 * class IndexerIT {
 *     @Test void indexes(@KafkaBootstrap String kafka, @ElasticsearchUrl String es) { ... }
 * }
 * }</pre>
 * Only the services a test asks for are started.
 */
public final class TestInfraExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == String.class
                && (parameter.isAnnotated(KafkaBootstrap.class) || parameter.isAnnotated(ElasticsearchUrl.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.isAnnotated(KafkaBootstrap.class) ? TestInfra.kafkaBootstrap() : TestInfra.elasticsearchUrl();
    }
}
