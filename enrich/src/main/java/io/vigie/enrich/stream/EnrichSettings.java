package io.vigie.enrich.stream;

import io.vigie.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Settings of the enrich stage. Null optional fields take the defaults below.
 *
 * @param applicationId       Kafka Streams application id = consumer group and transactional id
 *                            prefix; keep it stable or the stage restarts from scratch
 * @param bootstrapServers    Kafka bootstrap servers (required)
 * @param stateDir            Kafka Streams state directory (the topology is stateless, but Streams
 *                            keeps task locks and checkpoints there)
 * @param numThreads          stream threads (up to the raw topic's partition count is useful)
 * @param processingGuarantee exactly_once_v2 (default) or at_least_once
 * @param commitInterval      how often offsets and output are committed, i.e. the transaction
 *                            length under exactly-once and the latency seen by read_committed readers
 * @param closeTimeout        how long {@code close} waits for threads to finish
 * @param inputTopic          raw mentions topic
 * @param outputTopic         enriched mentions topic
 * @param deadLetterTopic     dead-letter topic
 * @param instanceId          stable id of this process (e.g. host name), or null. When set, the
 *                            consumers use static group membership: a restart within the session
 *                            timeout takes its partitions back at once instead of waiting up to
 *                            45 s for the old member to expire. Two live processes must never
 *                            share it (the second fences the first).
 * @param streamsOverrides    extra Kafka Streams / client properties, applied last
 */
public record EnrichSettings(
        String applicationId,
        String bootstrapServers,
        Path stateDir,
        int numThreads,
        String processingGuarantee,
        Duration commitInterval,
        Duration closeTimeout,
        String inputTopic,
        String outputTopic,
        String deadLetterTopic,
        String instanceId,
        Map<String, String> streamsOverrides) {

    public static final String DEFAULT_APPLICATION_ID = "vigie-enrich";
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<String> GUARANTEES = Set.of(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE);

    public EnrichSettings {
        applicationId = orDefault(applicationId, DEFAULT_APPLICATION_ID);
        if (!applicationId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("enrich applicationId may only contain letters, digits, '.', '_' and '-': '"
                    + applicationId + "'");
        }
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("enrich bootstrapServers is required");
        }
        stateDir = stateDir != null ? stateDir : Path.of(System.getProperty("java.io.tmpdir"), "vigie-enrich-state");
        numThreads = numThreads == 0 ? 1 : numThreads;
        if (numThreads < 1 || numThreads > 64) {
            throw new IllegalArgumentException("enrich numThreads must be in 1..64, was " + numThreads);
        }
        processingGuarantee = orDefault(processingGuarantee, StreamsConfig.EXACTLY_ONCE_V2);
        if (!GUARANTEES.contains(processingGuarantee)) {
            throw new IllegalArgumentException("enrich processingGuarantee must be one of " + GUARANTEES
                    + ", was '" + processingGuarantee + "'");
        }
        commitInterval = commitInterval != null ? commitInterval : DEFAULT_COMMIT_INTERVAL;
        if (commitInterval.isNegative() || commitInterval.isZero()) {
            throw new IllegalArgumentException("enrich commitInterval must be positive, was " + commitInterval);
        }
        closeTimeout = closeTimeout != null ? closeTimeout : DEFAULT_CLOSE_TIMEOUT;
        if (closeTimeout.isNegative()) {
            throw new IllegalArgumentException("enrich closeTimeout must not be negative, was " + closeTimeout);
        }
        inputTopic = orDefault(inputTopic, Topics.MENTIONS_RAW);
        outputTopic = orDefault(outputTopic, Topics.MENTIONS_ENRICHED);
        deadLetterTopic = orDefault(deadLetterTopic, Topics.DEAD_LETTERS);
        if (inputTopic.equals(outputTopic) || inputTopic.equals(deadLetterTopic) || outputTopic.equals(deadLetterTopic)) {
            throw new IllegalArgumentException("enrich input, output and dead-letter topics must differ: "
                    + inputTopic + ", " + outputTopic + ", " + deadLetterTopic);
        }
        instanceId = instanceId == null || instanceId.isBlank() ? null : instanceId.strip();
        if (instanceId != null && !instanceId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("enrich instanceId may only contain letters, digits, '.', '_' and '-': '"
                    + instanceId + "'");
        }
        streamsOverrides = streamsOverrides == null ? Map.of() : Map.copyOf(streamsOverrides);
    }

    /** Defaults everywhere but the bootstrap servers. */
    public static EnrichSettings defaults(String bootstrapServers) {
        return new EnrichSettings(null, bootstrapServers, null, 1, null, null, null, null, null, null, null, null);
    }

    public Properties toStreamsProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, numThreads);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
        props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        // A first start must read what ingest wrote before enrich ever ran.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        if (instanceId != null) {
            // Kafka Streams suffixes it with the thread index for each stream thread's consumer.
            props.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), instanceId);
        }
        props.putAll(streamsOverrides);
        return props;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
