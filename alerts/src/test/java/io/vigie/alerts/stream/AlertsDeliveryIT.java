package io.vigie.alerts.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vigie.alerts.AlertsService;
import io.vigie.alerts.AlertsSettings;
import io.vigie.alerts.detect.DetectorSettings;
import io.vigie.model.AlertEvent;
import io.vigie.model.json.EventSerdes;
import io.vigie.model.AlertStep;
import io.vigie.alerts.mail.AlertMailSink;
import io.vigie.alerts.mail.MailRenderer;
import io.vigie.alerts.mail.MailSender;
import io.vigie.alerts.mail.RateLimit;
import io.vigie.alerts.mail.RecipientRules;
import io.vigie.alerts.mail.RenderedMail;
import io.vigie.alerts.mail.SentLog;
import io.vigie.model.EnrichedMention;
import io.vigie.testkit.KafkaBootstrap;
import io.vigie.testkit.TestInfra;
import io.vigie.testkit.TestInfraExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real broker: the exactly-once detector raises one incident, a restart of the detector does not
 * raise it again, and a mailer that crashes after sending but before committing is followed by a
 * second one that sends nothing twice.
 */
@ExtendWith(TestInfraExtension.class)
class AlertsDeliveryIT {
    static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    static final Instant WAVE = T0.plus(Duration.ofDays(8)).plus(Duration.ofHours(10));

    @TempDir
    Path stateDir;

    @Test
    void restartsNeitherLoseNorRepeatIncidentsOrMails(@KafkaBootstrap String bootstrap) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String in = "enriched-" + run;
        String alertsTopic = "alerts-" + run;
        String sentTopic = "sent-" + run;
        // One input partition: a backfill through several partitions lets one source task run hours
        // ahead of the other, and the window grace then drops the laggard's records (real-time
        // traffic does not skew like that; history is replayed with `vigie alerts replay`).
        TestInfra.createTopics(Map.of(in, 1, alertsTopic, 2, sentTopic, 1));
        DetectorSettings detector = DetectorSettings.defaults().withBaselineWeeks(1);
        AlertsSettings settings = new AlertsSettings(bootstrap, "alerts-it-" + run, stateDir, detector,
                Duration.ofHours(1), in, alertsTopic, sentTopic, null, null, null, 0, null, ZoneOffset.UTC,
                Duration.ofMillis(200));

        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            try (AlertsService service = new AlertsService(settings, null, null)) {
                service.start();
                send(producer, in, T0, WAVE.plus(Duration.ofHours(8)));
                await().atMost(Duration.ofSeconds(180))
                        .until(() -> readAlerts(bootstrap, alertsTopic).size() >= 2);
            }
            // The closed detector left its group: a restarted one gets the partitions at once instead
            // of waiting out the departed member's session timeout.
            assertThat(groupMembers(bootstrap, "alerts-it-" + run)).isZero();
            // The detector restarts from its committed state: later quiet data raises nothing new.
            try (AlertsService service = new AlertsService(settings, null, null)) {
                service.start();
                send(producer, in, WAVE.plus(Duration.ofHours(8)), WAVE.plus(Duration.ofHours(20)));
                await().atMost(Duration.ofSeconds(180)).until(() -> service.stats()
                        .getOrDefault("windows_decided", 0L) >= 5);
            }
        }
        List<AlertEvent> alerts = readAlerts(bootstrap, alertsTopic);
        assertThat(alerts).filteredOn(a -> a.series().equals("all")).extracting(AlertEvent::step)
                .containsExactly(AlertStep.OPENED, AlertStep.RESOLVED);
        assertThat(alerts).extracting(AlertEvent::key).doesNotHaveDuplicates();

        List<String> mailed = Collections.synchronizedList(new ArrayList<>());
        MailSender recorder = (key, to, mail) -> mailed.add(key);
        AlertsMetrics metrics = new AlertsMetrics();
        // First mailer: sends everything, then "crashes" before committing its offsets.
        try (SentLog log = new SentLog(bootstrap, sentTopic);
             AlertConsumer first = new AlertConsumer(bootstrap, "mailer-" + run, alertsTopic,
                     sink(recorder, log, metrics), metrics, Duration.ofMillis(100))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                first.pollWithoutCommit(Duration.ofMillis(200));
                return mailed.size() >= alerts.size();
            });
        }
        assertThat(mailed).hasSize(alerts.size());
        // Second mailer, same group: re-reads the uncommitted alerts and finds them in the sent log.
        try (SentLog log = new SentLog(bootstrap, sentTopic);
             AlertConsumer second = new AlertConsumer(bootstrap, "mailer-" + run, alertsTopic,
                     sink(recorder, log, metrics), metrics, Duration.ofMillis(100))) {
            assertThat(log.size()).isEqualTo(alerts.size());
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                second.pollOnce(Duration.ofMillis(200));
                return metrics.get("mails_already_sent") >= alerts.size();
            });
        }
        assertThat(mailed).hasSize(alerts.size()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(alerts.stream().map(AlertEvent::key).toList());
    }

    static int groupMembers(String bootstrap, String group) throws Exception {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(p)) {
            return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().size();
        }
    }

    static AlertMailSink sink(MailSender sender, SentLog log, AlertsMetrics metrics) {
        return new AlertMailSink(new MailRenderer(null, ZoneOffset.UTC), sender,
                new RecipientRules(List.of("team@example.org"), null, null), new RateLimit(100, Clock.systemUTC()),
                log, metrics, Clock.systemUTC());
    }

    static void send(KafkaProducer<String, byte[]> producer, String topic, Instant from, Instant to) throws Exception {
        Random rnd = new Random(from.getEpochSecond());
        int n = 0;
        for (Instant h = from; h.isBefore(to); h = h.plus(Duration.ofHours(1))) {
            int negatives = h.equals(WAVE) ? 20 : 3;
            for (int i = 0; i < negatives + 8; i++) {
                Instant t = h.plusSeconds(rnd.nextInt(3600));
                String id = from.getEpochSecond() + "-" + n++;
                EnrichedMention m = AlertsTopologyTest.mention(id, t, i < negatives, null, "Titre " + i);
                // Record timestamps are "now", as in production; event time is in the payload. With
                // January timestamps the broker's retention (7 days) deleted this backfill before a
                // restarted detector could read it: the cause of the flaky restart phase.
                producer.send(new ProducerRecord<>(topic, null, null, id,
                        EventSerdes.ENRICHED_MENTION.serializer().serialize(topic, m)));
            }
        }
        producer.flush();
    }

    static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(p, new StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer());
    }

    static List<AlertEvent> readAlerts(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<AlertEvent> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            List<TopicPartition> partitions = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            // Under read_committed the end offsets are the last stable offsets: everything committed.
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(300))) {
                    out.add(EventSerdes.ALERT_EVENT.deserializer().deserialize(topic, r.value()));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(AlertEvent::windowEnd).thenComparingInt(AlertEvent::sequence));
        return out;
    }
}
