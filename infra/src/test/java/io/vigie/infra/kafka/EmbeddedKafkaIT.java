package io.vigie.infra.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {

    private static final String TOPIC = "articles";
    private static final String GROUP = "it-group";

    @TempDir
    Path dir;

    @Test
    void keepsTopicsRecordsAndCommittedOffsetsAcrossRestart() throws Exception {
        String firstBootstrap;
        long t0 = System.nanoTime();
        try (EmbeddedKafka kafka = EmbeddedKafka.builder(dir).build().start()) {
            System.out.printf("Kafka first start: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            firstBootstrap = kafka.bootstrapServers();
            kafka.createTopics(Map.of(TOPIC, 2));
            kafka.createTopics(Map.of(TOPIC, 2)); // idempotent

            produce(kafka.bootstrapServers(), "k1", "first");
            produce(kafka.bootstrapServers(), "k2", "second");
            // Consume and commit only the first record, so the restart must resume at the second.
            try (KafkaConsumer<String, String> consumer = consumer(kafka.bootstrapServers(), 1)) {
                List<ConsumerRecord<String, String>> got = poll(consumer, 1);
                assertThat(got).extracting(ConsumerRecord::value).containsExactly("first");
                consumer.commitSync();
            }
        }
        assertPortClosed(firstBootstrap);

        t0 = System.nanoTime();
        try (EmbeddedKafka kafka = EmbeddedKafka.builder(dir).build().start()) {
            System.out.printf("Kafka restart: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).contains(TOPIC);
                assertThat(admin.describeTopics(Set.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions())
                        .hasSize(2);
            }
            try (KafkaConsumer<String, String> consumer = consumer(kafka.bootstrapServers(), 10)) {
                assertThat(poll(consumer, 1)).extracting(ConsumerRecord::value).containsExactly("second");
            }
        }
    }

    @Test
    void doesNotAutoCreateTopics() {
        try (EmbeddedKafka kafka = EmbeddedKafka.builder(dir).build().start()) {
            Properties props = producerProps(kafka.bootstrapServers());
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "2000");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>("no-such-topic", "v")).get())
                        .hasMessageContaining("no-such-topic");
            }
        }
    }

    @Test
    void startingTwiceIsRejected() {
        try (EmbeddedKafka kafka = EmbeddedKafka.builder(dir).build().start()) {
            assertThatThrownBy(kafka::start).isInstanceOf(IllegalStateException.class);
        }
    }

    private static void produce(String bootstrap, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(bootstrap))) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    private static Properties producerProps(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, SinglePartition.class.getName());
        return props;
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap, int maxPollRecords) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(maxPollRecords));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(TOPIC));
        return consumer;
    }

    private static List<ConsumerRecord<String, String>> poll(KafkaConsumer<String, String> consumer, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (records.size() < expected && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }

    private static void assertPortClosed(String bootstrap) {
        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            }
        }).isInstanceOf(IOException.class);
    }

    /** Keeps both records in one partition so "first committed, second pending" is well defined. */
    public static final class SinglePartition implements org.apache.kafka.clients.producer.Partitioner {
        @Override
        public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes,
                org.apache.kafka.common.Cluster cluster) {
            return 0;
        }

        @Override
        public void close() {
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }
}
