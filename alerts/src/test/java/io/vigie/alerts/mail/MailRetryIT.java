package io.vigie.alerts.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.vigie.model.AlertEvent;
import io.vigie.model.json.EventSerdes;
import io.vigie.alerts.stream.AlertConsumer;
import io.vigie.alerts.stream.AlertTopicsSetup;
import io.vigie.alerts.stream.AlertsMetrics;
import io.vigie.testkit.KafkaBootstrap;
import io.vigie.testkit.TestInfraExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SMTP down: the pending alert is retried with growing pauses and stays in Kafka; once the server
 * is back it is sent exactly once, and a replay of the same alert later is recognised as sent.
 */
@ExtendWith(TestInfraExtension.class)
class MailRetryIT {

    @Test
    void smtpDownThenUpSendsThePendingAlertExactlyOnce(@KafkaBootstrap String bootstrap) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String alertsTopic = "alerts-retry-" + run;
        String sentTopic = "sent-retry-" + run;
        assertThat(AlertTopicsSetup.ensure(bootstrap, alertsTopic, 1, sentTopic))
                .containsExactlyInAnyOrder(alertsTopic, sentTopic);
        assertThat(AlertTopicsSetup.ensure(bootstrap, alertsTopic, 1, sentTopic)).isEmpty();
        AlertEvent alert = SmtpMailIT.hostileAlert();
        publish(bootstrap, alertsTopic, alert);

        SmtpSettings smtp = new SmtpSettings("127.0.0.1", ServerSetupTest.SMTP.getPort(), "none", null, null,
                "vigie@example.org", Duration.ofSeconds(2));
        AlertsMetrics metrics = new AlertsMetrics();
        GreenMail server = new GreenMail(ServerSetupTest.SMTP);
        try (SentLog log = new SentLog(bootstrap, sentTopic);
             AlertConsumer mailer = new AlertConsumer(bootstrap, "mailer-" + run, alertsTopic,
                     sink(smtp, log, metrics), metrics, Duration.ofMillis(100), Duration.ofMillis(400))) {
            // Server down: every attempt fails, the pause doubles up to its maximum.
            for (int i = 0; i < 60 && metrics.get("mailer_failures") < 4; i++) {
                mailer.pollOnce(Duration.ofMillis(300));
            }
            assertThat(metrics.get("mailer_failures")).isGreaterThanOrEqualTo(4);
            assertThat(metrics.get("mails_sent")).isZero();
            assertThat(mailer.nextRetryPause()).isEqualTo(Duration.ofMillis(400));

            server.start();
            for (int i = 0; i < 60 && metrics.get("mails_sent") < 1; i++) {
                mailer.pollOnce(Duration.ofMillis(300));
            }
            assertThat(metrics.get("mails_sent")).isEqualTo(1);
            assertThat(mailer.nextRetryPause()).isEqualTo(Duration.ofMillis(100));
            for (int i = 0; i < 5; i++) {
                mailer.pollOnce(Duration.ofMillis(200));
            }
            assertThat(server.getReceivedMessages()).hasSize(1);
            assertThat(server.getReceivedMessages()[0].getHeader("X-Vigie-Alert")[0]).isEqualTo(alert.key());
        }
        // The same alert again (a detector replay after a crash), read by a fresh mailer.
        publish(bootstrap, alertsTopic, alert);
        try (SentLog log = new SentLog(bootstrap, sentTopic);
             AlertConsumer mailer = new AlertConsumer(bootstrap, "mailer-" + run, alertsTopic,
                     sink(smtp, log, metrics), metrics, Duration.ofMillis(100), Duration.ofMillis(400))) {
            for (int i = 0; i < 60 && metrics.get("mails_already_sent") < 1; i++) {
                mailer.pollOnce(Duration.ofMillis(300));
            }
            assertThat(metrics.get("mails_already_sent")).isEqualTo(1);
            assertThat(server.getReceivedMessages()).hasSize(1);
        } finally {
            server.stop();
        }
    }

    static AlertMailSink sink(SmtpSettings smtp, SentLog log, AlertsMetrics metrics) {
        return new AlertMailSink(new MailRenderer(null, ZoneOffset.UTC), new SmtpMailSender(smtp),
                new RecipientRules(List.of("team@example.org"), null, null), new RateLimit(100, Clock.systemUTC()),
                log, metrics, Clock.systemUTC());
    }

    static void publish(String bootstrap, String topic, AlertEvent alert) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, alert.key(),
                    EventSerdes.ALERT_EVENT.serializer().serialize(topic, alert))).get();
        }
    }
}
