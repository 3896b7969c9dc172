package io.vigie.alerts.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the alerts stage's own topics when missing, so that nothing else has to know them: the
 * alert events topic and the compacted sent log (key = alert key; compaction keeps one record per
 * alert forever, which is what the mailer's "never twice" relies on). Idempotent.
 */
public final class AlertTopicsSetup {
    private static final Logger LOG = LoggerFactory.getLogger(AlertTopicsSetup.class);

    private AlertTopicsSetup() {
    }

    /** Returns the topics it created. */
    public static List<String> ensure(String bootstrapServers, String alertsTopic, int alertsPartitions,
                                      String sentTopic) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            if (!existing.contains(alertsTopic)) {
                missing.add(new NewTopic(alertsTopic, Optional.of(alertsPartitions), Optional.empty()));
            }
            if (!existing.contains(sentTopic)) {
                missing.add(new NewTopic(sentTopic, Optional.of(1), Optional.empty()).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
            } else {
                warnIfNotCompacted(admin, sentTopic);
            }
            List<String> created = new ArrayList<>();
            for (NewTopic t : missing) {
                try {
                    admin.createTopics(List.of(t)).all().get(30, TimeUnit.SECONDS);
                    created.add(t.name());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            if (!created.isEmpty()) {
                LOG.info("alerts: created topics {}", created);
            }
            return created;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("alerts: cannot create topics " + alertsTopic + ", " + sentTopic + " on "
                    + bootstrapServers + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("alerts: interrupted while creating topics", e);
        }
    }

    private static void warnIfNotCompacted(Admin admin, String topic) throws ExecutionException,
            InterruptedException, TimeoutException {
        ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(r)).all().get(30, TimeUnit.SECONDS).get(r);
        var policy = config == null ? null : config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
        if (policy == null || !policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            LOG.warn("alerts: sent log topic {} is not compacted (cleanup.policy={}): old entries may expire and "
                    + "a replayed alert be e-mailed again", topic, policy == null ? "?" : policy.value());
        }
    }
}
