package io.vigie.alerts.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import io.vigie.model.AlertEvent;
import io.vigie.alerts.mail.SmtpMailIT;
import io.vigie.testkit.ElasticsearchUrl;
import io.vigie.testkit.TestInfraExtension;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Real Elasticsearch: the template applies to vigie-alerts*, and re-delivering an alert overwrites it. */
@ExtendWith(TestInfraExtension.class)
class AlertIndexerIT {
    @Test
    void indexesIdempotentlyWithTheTemplateMapping(@ElasticsearchUrl String url) throws Exception {
        try (ElasticsearchClient es = ElasticsearchClient.of(b -> b.host(url))) {
            AlertIndexer.installTemplate(es);
            String index = "vigie-alerts-it-" + UUID.randomUUID().toString().substring(0, 8);
            AlertIndexer indexer = new AlertIndexer(es, index);
            AlertEvent alert = SmtpMailIT.hostileAlert();
            indexer.deliver(alert);
            indexer.deliver(alert);
            es.indices().refresh(r -> r.index(index));

            assertThat(es.count(c -> c.index(index)).count()).isEqualTo(1);
            var doc = es.get(g -> g.index(index).id(alert.key()), Map.class);
            assertThat(doc.found()).isTrue();
            assertThat(doc.source()).containsEntry("incident_id", alert.incidentId()).containsEntry("step", "opened")
                    .containsEntry("severity", "major").containsKey("top_stories").containsKey("window_start");
            var mapping = es.indices().getMapping(m -> m.index(index)).get(index).mappings().properties();
            assertThat(mapping.get("incident_id").isKeyword()).isTrue();
            assertThat(mapping.get("@timestamp").isDate()).isTrue();
            assertThat(mapping.get("factor").isFloat()).isTrue();
            long opened = es.count(c -> c.index(index).query(q -> q.term(t -> t.field("step").value("opened"))))
                    .count();
            assertThat(opened).isEqualTo(1);
        }
    }
}
