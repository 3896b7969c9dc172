package io.vigie.app.runtime;

import io.vigie.report.live.MetricsRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far behind the consumer groups are: records in their input topics not yet committed. A lag
 * that grows means a stage cannot keep up (or is stuck), which no per-record counter shows.
 */
public final class ConsumerLag implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerLag.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final List<String> groups;

    public ConsumerLag(String bootstrapServers, List<String> groups) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "vigie-lag");
        this.admin = Admin.create(props);
        this.groups = List.copyOf(groups);
    }

    /** Records behind, per group; groups that never committed are absent. */
    public Map<String, Long> lagByGroup() {
        Map<String, Long> lag = new HashMap<>();
        for (String group : groups) {
            try {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                if (committed.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                long behind = 0;
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
                        behind += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                    }
                }
                lag.put(group, behind);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return lag;
            } catch (Exception e) {
                LOG.debug("consumer lag of {} unavailable: {}", group, e.toString());
            }
        }
        return lag;
    }

    public void export(MetricsRegistry metrics) {
        lagByGroup().forEach((group, behind) -> metrics.set("vigie_consumer_lag", MetricsRegistry.Type.GAUGE,
                "Records in a consumer group's input topics not yet processed and committed",
                Map.of("group", group), behind));
    }

    @Override
    public void close() {
        admin.close(TIMEOUT);
    }
}
